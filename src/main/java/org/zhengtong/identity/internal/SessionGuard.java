package org.zhengtong.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.platform.WebAreas;

/**
 * Changes to an account reach its open sessions at their next request, on every instance:
 * each signed-in session compares the stamps its login recorded ({@link AccountUser})
 * with the account's row (one primary-key lookup).
 * <ul>
 * <li>account gone or deactivated, password changed (any route), certificate-only set,
 * "sign out everywhere": the session ends;</li>
 * <li>roles or their scope changed: the authorities are read again and the session goes
 * on — unless the account has gained one of the three administrators' roles, which are
 * only ever used after the administrators' own login checks (password and certificate),
 * so that session ends instead;</li>
 * <li>older than {@code zhengtong.session.absolute-timeout} (12 hours by default),
 * however busy: the session ends.</li>
 * </ul>
 * Runs before certificate login and Spring Security (both then see the session as it is);
 * every ended session is audited. It also files the session under the account's id in
 * Spring Session's principal index.
 */
final class SessionGuard extends OncePerRequestFilter {

	private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private static final Set<String> ADMINISTRATORS = IdentityRoles.ADMINISTRATOR_AUTHORITIES;

	private final AccountRecords records;

	private final AuditManagement audit;

	private final Clock clock;

	private final Duration absoluteTimeout;

	SessionGuard(AccountRecords records, AuditManagement audit, Clock clock, Duration absoluteTimeout) {
		this.records = records;
		this.audit = audit;
		this.clock = clock;
		this.absoluteTimeout = absoluteTimeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && !WebAreas.pathOf(request).startsWith("/assets/")
				&& session.getAttribute(CONTEXT) instanceof SecurityContext context
				&& context.getAuthentication() != null) {
			guard(request, session, context.getAuthentication());
		}
		chain.doFilter(request, response);
	}

	private void guard(HttpServletRequest request, HttpSession session, Authentication authentication) {
		if (clock.millis() - session.getCreationTime() > absoluteTimeout.toMillis()) {
			end(request, session, authentication, null, "lifetime", "会话已超过最长时限 " + absoluteTimeout.toHours() + " 小时");
			return;
		}
		// Test users (MockMvc) and the like: nothing to compare.
		if (!(authentication.getPrincipal() instanceof AccountUser user)) {
			return;
		}
		AccountRecords.Stamps stamps = records.stamps(user.id()).orElse(null);
		if (stamps == null || !stamps.active()) {
			end(request, session, authentication, user.id(), "deactivated", "账户已停用");
			return;
		}
		if (stamps.security() != user.securityStamp()) {
			end(request, session, authentication, user.id(), "credentials-changed", "账户的密码或登录方式已改变，或已退出所有设备");
			return;
		}
		if (stamps.authority() != user.authorityStamp()) {
			AccountRecords.Account account = records.find(user.id()).orElse(null);
			if (account == null) {
				end(request, session, authentication, user.id(), "deactivated", "账户已停用");
				return;
			}
			var authorities = AccountUserDetailsService.authorities(account);
			if (gainsAdministrator(user, authorities)) {
				end(request, session, authentication, user.id(), "administrator-role", "账户获得了管理员角色，须重新登录（密码与证书）");
				return;
			}
			AccountUser reloaded = user.withAuthorities(authorities, stamps.authority());
			UsernamePasswordAuthenticationToken replaced = UsernamePasswordAuthenticationToken.authenticated(reloaded,
					null, reloaded.getAuthorities());
			replaced.setDetails(authentication.getDetails());
			session.setAttribute(CONTEXT, new SecurityContextImpl(replaced));
		}
		String index = user.id().toString();
		if (!index.equals(session.getAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME))) {
			session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, index);
		}
	}

	private static boolean gainsAdministrator(AccountUser user, java.util.List<GrantedAuthority> authorities) {
		Set<String> before = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return authorities.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch((authority) -> ADMINISTRATORS.contains(authority) && !before.contains(authority));
	}

	private void end(HttpServletRequest request, HttpSession session, Authentication authentication,
			@Nullable UUID account, String reason, String summary) {
		session.invalidate();
		SecurityContextHolder.clearContext();
		// Outside any transaction: recorded directly.
		audit.record(AuditableEvent
			.succeeded(clock.instant(), authentication.getName(), "identity.session-ended", "account",
					account == null ? null : account.toString(), "会话已结束（" + reason + "）：" + summary + "；该请求按未登录处理")
			.withOutcome(Outcome.DENIED)
			.withAddress(request.getRemoteAddr()));
	}

}
