package org.zhengtong.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL server the application starts itself when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live between runs
 * @param temporary a fresh throw-away database in the temporary directory (tests), shared
 * by every application context of the JVM
 * @param database the database created for the platform
 * @param enabled {@code false} never starts the embedded server (tests that bring their
 * own database through Testcontainers)
 * @param attachToRunning a command uses the server of a platform running on the same data
 * directory
 * @param inProduction the {@code prod} profile may use the embedded server (a small
 * office on one machine); without it, {@code prod} refuses to start without
 * {@code spring.datasource.url}
 */
@ConfigurationProperties("zhengtong.embedded-database")
record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path dataDirectory,
		@DefaultValue("false") boolean temporary, @DefaultValue("zhengtong") String database,
		@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean attachToRunning,
		@DefaultValue("false") boolean inProduction) {
}
