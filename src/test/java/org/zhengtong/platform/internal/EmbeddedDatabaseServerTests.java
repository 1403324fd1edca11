package org.zhengtong.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database that {@code ./mvnw spring-boot:run} starts keeps its data between runs.
 */
class EmbeddedDatabaseServerTests {

	@TempDir
	Path data;

	@Test
	void data_written_in_one_run_is_there_in_the_next() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data.resolve("postgres"), false,
				"zhengtong", true, false);

		EmbeddedDatabaseServer first = EmbeddedDatabaseServer.acquire(properties);
		try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.ownerUsername(), "")) {
			connection.createStatement().execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('秦川')");
		}
		first.release();

		EmbeddedDatabaseServer second = EmbeddedDatabaseServer.acquire(properties);
		try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.ownerUsername(), "")) {
			ResultSet rows = connection.createStatement().executeQuery("SELECT note, version() FROM kept");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("秦川");
			assertThat(rows.getString(2)).startsWith("PostgreSQL 17.");
		}
		finally {
			second.release();
		}
		assertThat(Files.exists(data.resolve("postgres/postmaster.pid"))).as("stopped cleanly").isFalse();
	}

	@Test
	void contexts_of_one_jvm_share_one_server_until_the_last_lets_go() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data.resolve("shared"), false,
				"zhengtong", true, false);

		EmbeddedDatabaseServer one = EmbeddedDatabaseServer.acquire(properties);
		EmbeddedDatabaseServer two = EmbeddedDatabaseServer.acquire(properties);
		assertThat(two).isSameAs(one);

		one.release();
		try (Connection connection = DriverManager.getConnection(two.jdbcUrl(), two.username(), "")) {
			assertThat(connection.isValid(2)).as("still running for the second user").isTrue();
		}
		two.release();
		assertThatExceptionOfType(java.sql.SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(two.jdbcUrl(), two.username(), ""));
	}

}
