package org.zhengtong.portal.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.zhengtong.platform.PlatformProperties;

/**
 * The page cache runs right after the trusted-proxy filter (which settles the scheme, the
 * client's address and a proxy's client certificate) and before everything else: the
 * session filter, Spring Security and the DispatcherServlet only see the requests it does
 * not answer. {@code zhengtong.portal.page-cache} (64MB) bounds it, {@code 0} turns it
 * off.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	/** After {@code TrustedProxyFilter} (the highest precedence). */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

	@Bean
	FilterRegistrationBean<PageCache> pageCache(SiteVersions versions, Clock clock, PlatformProperties platform,
			@Value("${zhengtong.portal.page-cache:64MB}") DataSize size,
			@Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(new PageCache(versions, clock,
				Math.max(1, size.toBytes()), sessionCookie, platform.clientCertificateHeader()));
		registration.setOrder(ORDER);
		registration.setEnabled(size.toBytes() > 0);
		return registration;
	}

}
