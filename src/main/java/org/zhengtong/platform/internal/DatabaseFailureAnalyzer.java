package org.zhengtong.platform.internal;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Turns a database that cannot be used at startup (unreachable server, wrong password,
 * missing database, malformed URL) into a short explanation and what to change, instead
 * of a long stack trace.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureAnalyzer implements FailureAnalyzer {

	private static final String URL_FORM = "jdbc:postgresql://host:5432/zhengtong";

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return connectionRefused(sql);
			}
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BeanCreationException creation && "dataSource".equals(creation.getBeanName())) {
				return new FailureAnalysis(
						"The database settings cannot be used (spring.datasource.url=" + url() + "): "
								+ rootMessage(creation),
						"Set spring.datasource.url to a PostgreSQL address such as " + URL_FORM
								+ ", or remove it to use the embedded database.",
						creation);
			}
		}
		return null;
	}

	private @Nullable FailureAnalysis connectionRefused(SQLException cause) {
		String url = url();
		String user = environment.getProperty("spring.datasource.username", "");
		String state = cause.getSQLState() == null ? "" : cause.getSQLState();
		if (state.startsWith("28")) {
			return new FailureAnalysis(
					"Cannot log in to the database " + url + " as user '" + user + "': " + cause.getMessage(),
					"Check spring.datasource.username and spring.datasource.password (environment SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD).",
					cause);
		}
		if ("3D000".equals(state)) {
			return new FailureAnalysis("The database in " + url + " does not exist: " + cause.getMessage(),
					"Create the database (docs/operator-guide.md) or correct its name in spring.datasource.url.",
					cause);
		}
		if (state.startsWith("08")) {
			return new FailureAnalysis("Cannot reach the database server at " + url + ": " + cause.getMessage(),
					"Check that PostgreSQL is running and that host and port in spring.datasource.url are right; remove spring.datasource.url to use the embedded database.",
					cause);
		}
		// Other SQL errors are not about the settings: leave them to Spring Boot's
		// report.
		return null;
	}

	private String url() {
		return environment.getProperty("spring.datasource.url", "the embedded database");
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		if (root instanceof ClassNotFoundException) {
			return "there is no driver for this kind of database (" + root.getMessage()
					+ "); the platform runs on PostgreSQL";
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

}
