package org.zhengtong.pki.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.audit.AuditManagement;

/** Certificate login runs just before Spring Security (after Spring Session). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class CertificateLoginConfiguration {

	@Bean
	FilterRegistrationBean<CertificateLoginFilter> certificateLogin(CertificateAuthorityService authority,
			UserDetailsService users, ApplicationEventPublisher events, Clock clock, AuditManagement audit,
			ReenrolmentService reenrolment) {
		FilterRegistrationBean<CertificateLoginFilter> registration = new FilterRegistrationBean<>(
				new CertificateLoginFilter(authority, users, events, clock, audit, reenrolment));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
