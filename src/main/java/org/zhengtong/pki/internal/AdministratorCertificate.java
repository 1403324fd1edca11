package org.zhengtong.pki.internal;

import java.time.Clock;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.PasswordLoginCheck;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.platform.LoginRefused;

/**
 * 三员 sign in with two factors: their password, over a connection that presents their own
 * valid login certificate (checked by {@link CertificateLoginFilter}, which never signs
 * them in by the certificate alone). {@code zhengtong.pki.administrator-certificate}:
 * {@code when-issued} (default) asks for it once a login certificate has ever been issued
 * to the administrator — so a new installation's administrators can sign in to have
 * theirs issued, and one whose certificate is revoked or expired does not fall back to
 * the password alone — and {@code always} asks for it whatever. The one way back for an
 * administrator without a valid certificate is the RA's re-enrolment window
 * ({@link org.zhengtong.pki.AdministratorReenrolment}), opened by another person.
 */
@Component
class AdministratorCertificate implements PasswordLoginCheck {

	/** The authorities of the three administrators' roles (三员). */
	static final Set<String> ADMINISTRATORS = IdentityRoles.ADMINISTRATOR_AUTHORITIES;

	private final SecondFactorRecords secondFactor;

	private final ReenrolmentService reenrolment;

	private final AuditManagement audit;

	private final Clock clock;

	private final boolean always;

	AdministratorCertificate(SecondFactorRecords secondFactor, ReenrolmentService reenrolment, AuditManagement audit,
			Clock clock, @Value("${zhengtong.pki.administrator-certificate:when-issued}") String mode) {
		this.secondFactor = secondFactor;
		this.reenrolment = reenrolment;
		this.audit = audit;
		this.clock = clock;
		if (!Set.of("when-issued", "always").contains(mode)) {
			throw new IllegalArgumentException(
					"zhengtong.pki.administrator-certificate must be when-issued or always, not " + mode);
		}
		this.always = mode.equals("always");
	}

	static boolean isAdministrator(UserDetails user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(ADMINISTRATORS::contains);
	}

	@Override
	public void check(UserDetails user) {
		if (!needsCertificate(user) || presented(user) != null) {
			return;
		}
		if (reenrolment.openUntil(user.getUsername()).isPresent()) {
			// The password alone, inside a re-enrolment window: audited once it is right.
			return;
		}
		throw new LoginRefused(LoginRefused.CERTIFICATE_NEEDED,
				user.getUsername() + " needs their certificate as well as their password");
	}

	/** The administrator's own valid certificate came with the password. */
	@Override
	public boolean secondFactor(UserDetails user) {
		return isAdministrator(user) && presented(user) != null;
	}

	@Override
	public void passed(UserDetails user) {
		CertificateAuthorityService.CertificateLogin login = isAdministrator(user) ? presented(user) : null;
		if (login != null
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			// From now on the filter checks this certificate on every request of the
			// session.
			attributes.getRequest().getSession().setAttribute(CertificateLoginFilter.SESSION_SERIAL, login.serial());
			return;
		}
		if (login == null && needsCertificate(user)) {
			reenrolment.openUntil(user.getUsername()).ifPresent((until) -> {
				if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
					attributes.getRequest()
						.getSession()
						.setAttribute(CertificateLoginFilter.SESSION_REENROLMENT, user.getUsername());
				}
				audit.record(AuditableEvent.succeeded(clock.instant(), user.getUsername(), "pki.reenrolment-login",
						"account", user.getUsername(),
						"管理员 " + user.getUsername() + " 在重新申领窗口内（至 " + until + "）凭密码登录，会话随窗口结束"));
			});
		}
	}

	/**
	 * An administrator who must sign in with a certificate: always, or once they have
	 * held a login certificate (even one since revoked or expired).
	 */
	private boolean needsCertificate(UserDetails user) {
		return isAdministrator(user) && (always || secondFactor.everHeldLoginCertificate(user.getUsername()));
	}

	private static CertificateAuthorityService.@Nullable CertificateLogin presented(UserDetails user) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes && attributes
			.getRequest()
			.getAttribute(CertificateLoginFilter.VERIFIED) instanceof CertificateAuthorityService.CertificateLogin login
				&& user.getUsername().equalsIgnoreCase(login.holder())) {
			return login;
		}
		return null;
	}

}
