package org.zhengtong.platform.internal;

import java.nio.file.Path;

/** Another running instance of the platform uses this embedded database directory. */
class EmbeddedDatabaseInUse extends StartupProblem {

	EmbeddedDatabaseInUse(Path directory) {
		super("The embedded database in " + directory + " is used by another running instance of the platform.");
	}

	@Override
	String action() {
		return "Stop the other instance, or set zhengtong.embedded-database.data-directory to another directory.";
	}

}
