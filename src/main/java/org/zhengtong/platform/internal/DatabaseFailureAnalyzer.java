package org.zhengtong.platform.internal;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Turns a failed database connection at startup into one line that says what is wrong and
 * what to change, instead of a long stack trace.
 */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String url = environment.getProperty("spring.datasource.url", "the embedded database");
		String user = environment.getProperty("spring.datasource.username", "");
		String state = cause.getSQLState() == null ? "" : cause.getSQLState();
		String description;
		String action;
		if (state.startsWith("28")) {
			description = "Cannot log in to the database " + url + " as user '" + user + "': " + cause.getMessage();
			action = "Check spring.datasource.username and spring.datasource.password (environment SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD).";
		}
		else if ("3D000".equals(state)) {
			description = "The database in " + url + " does not exist: " + cause.getMessage();
			action = "Create the database (see docs/operator-guide.md) or correct the database name in spring.datasource.url.";
		}
		else if (state.startsWith("08")) {
			description = "Cannot reach the database server at " + url + ": " + cause.getMessage();
			action = "Check that PostgreSQL is running and that host and port in spring.datasource.url are right; remove spring.datasource.url to use the embedded database.";
		}
		else {
			description = "The database " + url + " refused the connection: " + cause.getMessage();
			action = "Check spring.datasource.url, username and password (docs/operator-guide.md).";
		}
		return new FailureAnalysis(description, action, cause);
	}

}
