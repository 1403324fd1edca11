package org.zhengtong.platform.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.PlatformProperties;

/**
 * The one clock of the application, in the configured zone; domain code never calls now()
 * itself.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(PlatformProperties properties) {
		return Clock.system(properties.timeZone());
	}

}
