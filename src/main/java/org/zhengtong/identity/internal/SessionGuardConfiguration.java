package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.audit.AuditManagement;

/**
 * The {@link SessionGuard} runs after Spring Session and the trusted-proxy filter, before
 * certificate login (-101) and Spring Security (-100).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionGuardConfiguration {

	@Bean
	FilterRegistrationBean<SessionGuard> sessionGuard(AccountRecords records, AuditManagement audit, Clock clock,
			@Value("${zhengtong.session.absolute-timeout:PT12H}") Duration absoluteTimeout) {
		FilterRegistrationBean<SessionGuard> registration = new FilterRegistrationBean<>(
				new SessionGuard(records, audit, clock, absoluteTimeout));
		registration.setOrder(-102);
		return registration;
	}

	/**
	 * Files the new session under the account's id at once (password, SMS and certificate
	 * logins all publish this event), not under the name as typed.
	 */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountUser user
				&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession();
			session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.id().toString());
		}
	}

}
