package org.zhengtong.platform;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * The platform's command-line tools, run instead of the web application when the first
 * argument names one: {@code java -jar zhengtong.jar backup [archive]} and
 * {@code java -jar zhengtong.jar restore <archive>}.
 */
public final class Commands {

	public static final Set<String> NAMES = Set.of("backup", "restore", "audit-verify", "ca-rollover",
			"reset-administrator");

	private Commands() {
	}

	/**
	 * Runs the command the arguments name and returns its exit code: 0 done, 1 found
	 * broken or refused, 2 could not run (among others when the application cannot start:
	 * no database, bad settings).
	 */
	public static int run(Class<?> application, String... args) {
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(application).run(arguments(args));
		}
		catch (RuntimeException ex) {
			System.err.println(args[0] + " could not start: " + NestedExceptionUtils.getMostSpecificCause(ex));
			return PlatformCommand.COULD_NOT_RUN;
		}
		return SpringApplication.exit(context);
	}

	/** Whether the arguments ask for a command rather than the web application. */
	public static boolean requested(String... args) {
		return args.length > 0 && NAMES.contains(args[0]);
	}

	/**
	 * The command's arguments followed by its settings as {@code --key=value}, so they
	 * win over application.yml (default properties would not).
	 */
	public static String[] arguments(String... args) {
		java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args));
		settings(args[0]).forEach((key, value) -> all.add("--" + key + "=" + value));
		return all.toArray(String[]::new);
	}

	/**
	 * The settings a command runs with: no web server, no scheduled jobs (nor anything
	 * else marked {@link RunningPlatformOnly}), no event resubmission, quiet logs; the
	 * database of the platform running beside it.
	 */
	public static Map<String, Object> settings(String command) {
		Map<String, Object> settings = new java.util.HashMap<>(Map.of("zhengtong.command", command,
				"spring.main.web-application-type", "none", "spring.main.banner-mode", "off",
				"spring.main.log-startup-info", "false", "logging.level.root", "WARN",
				// A backup may read the database of the platform running beside it.
				"zhengtong.embedded-database.attach-to-running", "true",
				// Zero turns off Modulith's own staleness monitor: a tool has no events
				// to watch.
				"spring.modulith.events.staleness.published", "0s", "spring.modulith.events.staleness.processing",
				"0s"));
		// Events left incomplete belong to the running platform, which resubmits them.
		settings.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
		if (command.equals("restore")) {
			// The restore builds the schema itself, at the backup's version first.
			settings.put("spring.flyway.enabled", "false");
			settings.put("spring.jpa.hibernate.ddl-auto", "none");
			settings.put("zhengtong.embedded-database.attach-to-running", "false");
		}
		return settings;
	}

}
