package org.zhengtong.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Fallback;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.zhengtong.platform.SmsGateway;

/**
 * For development and the demo only: text messages go to the log (so a developer can read
 * the code). Never in {@code prod}, where a real gateway must be configured or SMS login
 * is off. A fallback bean: any gateway a deployment defines takes its place.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class DevelopmentSmsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentSmsConfiguration.class);

	@Bean
	@Fallback
	SmsGateway developmentSmsGateway() {
		return (mobile, text) -> log.warn("SMS (development gateway, not sent) to {}: {}", mobile, text);
	}

}
