package org.zhengtong.platform;

import javax.sql.DataSource;

/**
 * Connections as the role that owns the tables and runs the migrations, for the few tasks
 * that need it (restoring a backup into a new database). Everything else uses the
 * application's DataSource, whose role cannot change the audit log.
 */
public interface DatabaseOwner {

	/** A simple, unpooled DataSource; close what you open. */
	DataSource dataSource();

	/** The same server and role, another database (a restore target). */
	DataSource dataSource(String database);

}
