package org.zhengtong.audit.internal;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;

/**
 * Logins, failed logins and refused requests, recorded as they happen (they have no
 * transaction to wait for), with the address they came from.
 */
@Component
class SecurityAudit {

	private final AuditManagement audit;

	private final Clock clock;

	private final PostFilling posts;

	SecurityAudit(AuditManagement audit, Clock clock, PostFilling posts) {
		this.audit = audit;
		this.posts = posts;
		this.clock = clock;
	}

	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		record(event.getAuthentication(), "identity.login", Outcome.SUCCESS, "登录成功", null);
	}

	@EventListener
	void loginFailed(AbstractAuthenticationFailureEvent event) {
		record(event.getAuthentication(), "identity.login", Outcome.FAILED,
				"登录失败：" + event.getException().getClass().getSimpleName(), null);
	}

	@EventListener
	void refused(AuthorizationDeniedEvent<?> event) {
		Authentication user = event.getAuthentication().get();
		if (user == null || user instanceof AnonymousAuthenticationToken) {
			// An anonymous visitor is sent to the login page, not refused.
			return;
		}
		HttpServletRequest request = currentRequest();
		String target = request == null ? String.valueOf(event.getObject())
				: request.getMethod() + " " + request.getRequestURI();
		record(user, "security.access-denied", Outcome.DENIED, "拒绝访问：" + target, target);
	}

	private void record(@Nullable Authentication user, String action, Outcome outcome, String summary,
			@Nullable String object) {
		String actor = user == null || user instanceof AnonymousAuthenticationToken ? "anonymous" : user.getName();
		// A login's user is not in the security context yet: their post is looked up
		// here.
		audit.record(posts.filledIn(new AuditableEvent(UUID.randomUUID(), clock.instant(), actor, null, null,
				address(user), action, object == null ? null : "request", object, outcome, summary, null, null), user));
	}

	private static @Nullable String address(@Nullable Authentication user) {
		if (user != null && user.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		HttpServletRequest request = currentRequest();
		return request == null ? null : request.getRemoteAddr();
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
