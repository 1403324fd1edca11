package org.zhengtong.platform.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.zhengtong.platform.PlatformProperties;

@Configuration(proxyBeanMethods = false)
class ProxyConfiguration {

	/** First of all filters, so security and logging see the real client address. */
	@Bean
	FilterRegistrationBean<TrustedProxyFilter> trustedProxyFilter(PlatformProperties properties) {
		FilterRegistrationBean<TrustedProxyFilter> registration = new FilterRegistrationBean<>(
				new TrustedProxyFilter(properties.trustedProxies(), properties.clientCertificateHeader()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
