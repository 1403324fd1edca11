package org.zhengtong.platform.internal;

/** The {@code prod} profile runs on a real database server only. */
class EmbeddedDatabaseRefused extends StartupProblem {

	EmbeddedDatabaseRefused() {
		super("The prod profile needs a database server, and spring.datasource.url is not set.");
	}

	@Override
	String action() {
		return "Set spring.datasource.url, username and password (docs/operator-guide.md), or run without the prod profile to use the embedded database.";
	}

}
