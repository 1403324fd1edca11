package org.zhengtong.platform.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.zhengtong.platform.DemoClock;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.PlatformProperties;

/**
 * The one clock of the application, in the configured zone; domain code never calls now()
 * itself. With the demo data only, a {@link DemoClock}: the demo loaders date their past
 * letters with it; production runs the system clock itself.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock(PlatformProperties properties, Environment environment) {
		Clock system = Clock.system(properties.timeZone());
		return DemoData.enabled(environment) ? new DemoClock(system) : system;
	}

}
