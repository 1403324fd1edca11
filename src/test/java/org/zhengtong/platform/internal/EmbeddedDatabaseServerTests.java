package org.zhengtong.platform.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database that {@code ./mvnw spring-boot:run} starts keeps its data between runs and
 * lets nobody in without a password.
 */
class EmbeddedDatabaseServerTests {

	static final EmbeddedDatabaseServer.Passwords PASSWORDS = new EmbeddedDatabaseServer.Passwords(
			"owner-password-0123456789", "application-password-0123456789");

	@TempDir
	Path data;

	@Test
	void data_written_in_one_run_is_there_in_the_next() throws Exception {
		EmbeddedDatabaseProperties properties = properties(data.resolve("postgres"));

		EmbeddedDatabaseServer first = EmbeddedDatabaseServer.acquire(properties, PASSWORDS);
		try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.ownerUsername(),
				first.ownerPassword())) {
			connection.createStatement().execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('秦川')");
		}
		first.release();

		EmbeddedDatabaseServer second = EmbeddedDatabaseServer.acquire(properties, PASSWORDS);
		try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.ownerUsername(),
				second.ownerPassword())) {
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
		EmbeddedDatabaseProperties properties = properties(data.resolve("shared"));

		EmbeddedDatabaseServer one = EmbeddedDatabaseServer.acquire(properties, PASSWORDS);
		EmbeddedDatabaseServer two = EmbeddedDatabaseServer.acquire(properties, PASSWORDS);
		assertThat(two).isSameAs(one);

		one.release();
		try (Connection connection = DriverManager.getConnection(two.jdbcUrl(), two.username(), two.password())) {
			assertThat(connection.isValid(2)).as("still running for the second user").isTrue();
		}
		two.release();
		assertThatExceptionOfType(java.sql.SQLException.class)
			.isThrownBy(() -> DriverManager.getConnection(two.jdbcUrl(), two.username(), two.password()));
	}

	@Test
	void nobody_connects_without_the_password_and_the_socket_is_in_the_data_directory() throws Exception {
		Path directory = data.resolve("locked");
		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.acquire(properties(directory), PASSWORDS);
		try {
			String postgres = server.jdbcUrl().replaceFirst("/zhengtong$", "/postgres");
			for (String url : new String[] { server.jdbcUrl(), postgres, postgres.replace("localhost", "127.0.0.1") }) {
				assertRefused(url, "postgres", null);
				assertRefused(url, "postgres", "");
				assertRefused(url, "postgres", "wrong");
				assertRefused(url, EmbeddedDatabaseServer.APP_ROLE, null);
				assertRefused(url, EmbeddedDatabaseServer.APP_ROLE, PASSWORDS.owner());
			}
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
					server.password())) {
				assertThat(connection.createStatement()
					.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).satisfies((row) -> {
						assertThat(row.next()).isTrue();
						assertThat(row.getBoolean(1)).as("the application is no superuser").isFalse();
					});
				ResultSet settings = connection.createStatement()
					.executeQuery("SELECT current_setting('listen_addresses'), current_setting('port')");
				settings.next();
				assertThat(settings.getString(1)).isEqualTo("localhost");
				String socket = ".s.PGSQL." + settings.getString(2);
				assertThat(directory.resolve(socket)).as("the socket in the data directory").exists();
				assertThat(Path.of("/tmp", socket)).as("no socket in /tmp").doesNotExist();
				assertThat(Path.of(System.getProperty("java.io.tmpdir"), socket)).doesNotExist();
			}
		}
		finally {
			server.release();
		}
	}

	@Test
	void a_data_directory_of_an_earlier_version_gets_its_passwords_and_keeps_its_data() throws Exception {
		Path directory = data.resolve("earlier");
		// As earlier versions ran it: initdb's trust for every local connection, socket
		// in /tmp.
		try (EmbeddedPostgres earlier = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start(); Connection connection = earlier.getPostgresDatabase().getConnection()) {
			connection.createStatement().execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('早先')");
		}

		EmbeddedDatabaseServer server = EmbeddedDatabaseServer.acquire(properties(directory), PASSWORDS);
		try {
			String postgres = server.jdbcUrl().replaceFirst("/zhengtong$", "/postgres");
			assertRefused(postgres, "postgres", null);
			try (Connection connection = DriverManager.getConnection(postgres, server.ownerUsername(),
					server.ownerPassword())) {
				ResultSet rows = connection.createStatement().executeQuery("SELECT note FROM kept");
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("早先");
			}
			try (Stream<String> lines = Files.lines(directory.resolve("pg_hba.conf"))) {
				assertThat(lines.filter((line) -> !line.startsWith("#")).filter((line) -> !line.isBlank()))
					.allSatisfy((line) -> assertThat(line).endsWith("scram-sha-256"));
			}
		}
		finally {
			server.release();
		}
	}

	private static void assertRefused(String url, String user, String password) {
		java.util.Properties properties = new java.util.Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", password);
		}
		assertThatExceptionOfType(SQLException.class).as("%s as %s with password %s", url, user, password)
			.isThrownBy(() -> DriverManager.getConnection(url, properties).close());
	}

	private static EmbeddedDatabaseProperties properties(Path directory) {
		return new EmbeddedDatabaseProperties(directory, false, "zhengtong", true, false, false);
	}

}
