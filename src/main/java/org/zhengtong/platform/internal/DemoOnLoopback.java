package org.zhengtong.platform.internal;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;
import org.zhengtong.platform.DemoData;

/**
 * The demo (every account with the password the README prints) answers this machine only:
 * without {@code server.address}, a demo run listens on loopback, over HTTP and on the
 * TLS connector. Setting {@code server.address} (for example {@code 0.0.0.0}) shows it to
 * the network on purpose; production runs are never demos and are not touched.
 */
class DemoOnLoopback implements EnvironmentPostProcessor {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoData.enabled(environment) && !StringUtils.hasText(environment.getProperty("server.address"))) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("demoOnLoopback", Map.of("server.address", LOOPBACK)));
		}
	}

}
