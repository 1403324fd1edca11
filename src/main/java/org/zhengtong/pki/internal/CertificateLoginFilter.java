package org.zhengtong.pki.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;

/**
 * 证书登录: a request over the HTTPS connector with a client certificate logs its holder in
 * without a password when the certificate is ours, a staff authentication certificate,
 * unrevoked and valid — checked on every request, so a revocation ends the sessions it
 * opened at once. A certificate that cannot log in gets the 401 page and an audit entry.
 * Runs before Spring Security, which then finds the holder in the session.
 */
class CertificateLoginFilter extends OncePerRequestFilter {

	static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

	/**
	 * A request attribute: the {@link CertificateAuthorityService.CertificateLogin} of a
	 * valid certificate whose holder must also give a password (三员).
	 */
	static final String VERIFIED = "zhengtong.certificate.verified";

	/** The serial of the certificate a session was opened with. */
	static final String SESSION_SERIAL = "zhengtong.certificate";

	/**
	 * The administrator whose session was opened by the password alone inside a
	 * re-enrolment window: the session lasts only as long as the window.
	 */
	static final String SESSION_REENROLMENT = "zhengtong.reenrolment";

	private final CertificateAuthorityService authority;

	private final UserDetailsService users;

	private final ApplicationEventPublisher events;

	private final java.time.Clock clock;

	private final AuditManagement audit;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	/** Serial → the minute (since the epoch) its refusal was last recorded here. */
	private final Map<String, Long> recorded = new ConcurrentHashMap<>();

	private final ReenrolmentService reenrolment;

	CertificateLoginFilter(CertificateAuthorityService authority, UserDetailsService users,
			ApplicationEventPublisher events, java.time.Clock clock, AuditManagement audit,
			ReenrolmentService reenrolment) {
		this.reenrolment = reenrolment;
		this.audit = audit;
		this.authority = authority;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Object presented = request.getAttribute(CERTIFICATE_ATTRIBUTE);
		String sessionSerial = session == null ? null : (String) session.getAttribute(SESSION_SERIAL);
		if (session != null && session.getAttribute(SESSION_REENROLMENT) instanceof String holder
				&& reenrolment.openUntil(holder).isEmpty()) {
			// The window has run out, or the new certificate closed it: the password-only
			// session ends with it.
			session.invalidate();
			SecurityContextHolder.clearContext();
			session = null;
		}
		if (!(presented instanceof X509Certificate[] certificates) || certificates.length == 0) {
			if (sessionSerial != null && !authority.certificateValid(sessionSerial)) {
				refuse(request, response, session, "REVOKED", sessionSerial);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		CertificateAuthorityService.CertificateLogin login = authority.checkLogin(certificates[0]);
		if (login.refusal() != null) {
			refuse(request, response, session, login.refusal(), login.serial());
			return;
		}
		if (login.serial().equals(sessionSerial)) {
			chain.doFilter(request, response);
			return;
		}
		UserDetails user;
		try {
			user = users.loadUserByUsername(login.holder());
		}
		catch (UsernameNotFoundException ex) {
			refuse(request, response, session, "UNKNOWN", login.serial());
			return;
		}
		if (!user.isEnabled() || !user.isAccountNonLocked()) {
			refuse(request, response, session, "DISABLED", login.serial());
			return;
		}
		if (AdministratorCertificate.isAdministrator(user)) {
			// Certificate and password: the login form finishes it.
			request.setAttribute(VERIFIED, login);
			chain.doFilter(request, response);
			return;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		request.getSession();
		request.changeSessionId();
		request.getSession().setAttribute(SESSION_SERIAL, login.serial());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		chain.doFilter(request, response);
	}

	/**
	 * One audit entry per certificate and minute, however many requests (pages, CSS,
	 * scripts) a browser repeats it on: the entry's event id comes from the serial and
	 * the minute, and the audit log keeps one entry per event id — on every instance. The
	 * instance remembers what it recorded, so repeats do not even reach the database.
	 */
	private void recordRefusal(HttpServletRequest request, String why, String serial) {
		Instant now = clock.instant();
		long minute = now.getEpochSecond() / 60;
		if (Long.valueOf(minute).equals(recorded.get(serial))) {
			return;
		}
		if (recorded.size() > 10_000) {
			recorded.clear();
		}
		AuditableEvent refusal = AuditableEvent
			.succeeded(now, "anonymous", "identity.certificate-login", "certificate", serial,
					"证书登录被拒绝（" + why + "），序列号 " + serial)
			.withOutcome(Outcome.FAILED)
			.withAddress(request.getRemoteAddr());
		UUID id = UUID.nameUUIDFromBytes(
				("identity.certificate-login refused " + serial + " " + minute).getBytes(StandardCharsets.UTF_8));
		// No transaction here: recorded directly, not as an event.
		audit.record(new AuditableEvent(id, refusal.occurredAt(), refusal.actor(), refusal.post(), refusal.unitId(),
				refusal.address(), refusal.action(), refusal.objectType(), refusal.objectId(), refusal.outcome(),
				refusal.summary(), refusal.before(), refusal.after()));
		recorded.put(serial, minute);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, HttpSession session, String why,
			String serial) throws IOException {
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		recordRefusal(request, why, serial);
		request.setAttribute("zhengtong.certificateRefusal", why);
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

}
