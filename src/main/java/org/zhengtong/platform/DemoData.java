package org.zhengtong.platform;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Whether this run loads the demonstration data: the {@code demo} profile (the default
 * without any profile) on the embedded database only, so known demo passwords never reach
 * a real server.
 */
public final class DemoData {

	private DemoData() {
	}

	public static boolean enabled(Environment environment) {
		return environment.acceptsProfiles(Profiles.of("demo"))
				&& !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
