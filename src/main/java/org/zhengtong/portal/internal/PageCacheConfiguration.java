package org.zhengtong.portal.internal;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The page cache runs after the session filter (a visitor with a session is passed by)
 * and before Spring Security; {@code zhengtong.portal.page-cache} (64MB) bounds it,
 * {@code 0} turns it off.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	static final int ORDER = org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties.DEFAULT_FILTER_ORDER
			+ 1;

	@Bean
	FilterRegistrationBean<PageCache> pageCache(SiteVersions versions, Clock clock,
			@Value("${zhengtong.portal.page-cache:64MB}") DataSize size) {
		FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
				new PageCache(versions, clock, Math.max(1, size.toBytes())));
		registration.setOrder(ORDER);
		registration.setEnabled(size.toBytes() > 0);
		return registration;
	}

}
