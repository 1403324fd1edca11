package org.zhengtong.platform.internal;

/** The {@code prod} profile runs on a real database server only. */
class EmbeddedDatabaseRefused extends StartupProblem {

	EmbeddedDatabaseRefused() {
		super("The prod profile needs a database server, and spring.datasource.url is not set.");
	}

	@Override
	String action() {
		return "Set spring.datasource.url, username and password (docs/operator-guide.md), or set zhengtong.embedded-database.in-production=true to run prod on the embedded database (one machine).";
	}

}
