package org.zhengtong.platform.internal;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run by this JVM. One server per data directory is shared by
 * every Spring context that asks for it and stopped when the last one lets go, so a test
 * JVM with several cached contexts starts PostgreSQL once.
 *
 * <p>
 * Nobody gets in without a password: the server listens on loopback only, every
 * connection (TCP and the unix socket) authenticates with scram-sha-256, and the unix
 * socket lives in the data directory (mode 0700), not in the world-writable system
 * temporary directory. The owner's and the application role's passwords are set at every
 * start, before the server accepts connections (single-user mode), so a data directory
 * from an earlier version, which trusted every local connection, gets them too.
 */
final class EmbeddedDatabaseServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

	static final String SUPERUSER = "postgres";

	/**
	 * The role the application connects as: no superuser, and (by migration V7) no
	 * UPDATE, DELETE or TRUNCATE on the audit log. Flyway migrates as the superuser,
	 * which owns the tables.
	 */
	static final String APP_ROLE = "zhengtong_app";

	private static final Map<String, EmbeddedDatabaseServer> running = new HashMap<>();

	private final String key;

	/**
	 * The server this JVM started, or {@code null} when it uses one another instance
	 * runs.
	 */
	private final @Nullable EmbeddedPostgres postgres;

	/** The database's address, without a user. */
	private final String jdbcUrl;

	private final Passwords passwords;

	private int users;

	private EmbeddedDatabaseServer(String key, @Nullable EmbeddedPostgres postgres, String jdbcUrl,
			Passwords passwords) {
		this.key = key;
		this.postgres = postgres;
		this.jdbcUrl = jdbcUrl;
		this.passwords = passwords;
	}

	/**
	 * The passwords of the owner (the superuser, who migrates) and of the application
	 * role.
	 */
	record Passwords(String owner, String application) {

		Passwords {
			// Base64 never holds a quote, so the passwords go into SQL as literals
			// safely.
			if (!owner.matches("[A-Za-z0-9+/=_-]{16,}") || !application.matches("[A-Za-z0-9+/=_-]{16,}")) {
				throw new IllegalArgumentException("Database passwords are at least 16 Base64 characters");
			}
		}

		@Override
		public String toString() {
			return "Passwords[hidden]";
		}

	}

	/**
	 * The running server for these settings, started if needed. Each call must be paired
	 * with {@link #release()}.
	 */
	static synchronized EmbeddedDatabaseServer acquire(EmbeddedDatabaseProperties properties, Passwords passwords)
			throws IOException {
		String key = properties.temporary() ? "temporary"
				: properties.dataDirectory().toAbsolutePath().normalize().toString();
		EmbeddedDatabaseServer server = running.get(key);
		if (server == null) {
			Optional<Integer> port = properties.attachToRunning() && !properties.temporary()
					? portOfRunningInstance(properties.dataDirectory().toAbsolutePath().normalize()) : Optional.empty();
			if (port.isPresent()) {
				log.info("Using the embedded PostgreSQL server of the running platform on port {}", port.get());
				server = new EmbeddedDatabaseServer(key, null,
						"jdbc:postgresql://localhost:" + port.get() + "/" + properties.database(), passwords);
			}
			else {
				EmbeddedPostgres postgres = start(properties, passwords);
				createDatabase(postgres, properties.database());
				// The address without a user: each connection says who it is (application
				// or owner).
				server = new EmbeddedDatabaseServer(key, postgres,
						"jdbc:postgresql://localhost:" + postgres.getPort() + "/" + properties.database(), passwords);
			}
			running.put(key, server);
		}
		server.users++;
		return server;
	}

	private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties, Passwords passwords)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Spring stops the server after the application context: a JVM hook could
			// stop it first
			// and leave shutdown waiting for connections that are gone (stack.md).
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("timezone", "UTC")
			.setServerConfig("listen_addresses", "localhost")
			// Relative to the data directory, where the postmaster runs: the socket is
			// reachable only by the account that owns the data.
			.setServerConfig("unix_socket_directories", ".")
			.setServerConfig("unix_socket_permissions", "0700")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", passwords.owner())
			.setDataDirectoryCustomizer((data) -> EmbeddedDatabaseAccess.restrict(data.toPath(), passwords))
			.setLocaleConfig("locale", "C.UTF-8");
		if (properties.temporary()) {
			// A directory of its own rather than one in the shared temporary directory.
			return builder.setDataDirectory(Files.createTempDirectory("zhengtong-postgres-"))
				.setCleanDataDirectory(true)
				.start();
		}
		Path directory = properties.dataDirectory().toAbsolutePath().normalize();
		Files.createDirectories(directory);
		stopOrphanedServer(directory);
		log.info("Starting the embedded PostgreSQL server with its data in {}", directory);
		// The data outlives the process here, so it is written as safely as a normal
		// server writes it.
		return builder.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start();
	}

	/**
	 * After the JVM was killed (kill -9) its PostgreSQL server lives on and holds the
	 * data directory. The lock file in the directory tells an orphan (no process holds
	 * the lock) from a server another running instance uses (refused).
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (postmaster.isEmpty()) {
			return;
		}
		Path lockFile = directory.resolve("epg-lock");
		try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
				FileLock lock = out.getChannel().tryLock()) {
			if (lock == null) {
				throw new EmbeddedDatabaseInUse(directory);
			}
		}
		log.warn("Stopping the PostgreSQL server (pid {}) left running by a previous run that did not shut down",
				postmaster.get().pid());
		postmaster.get().destroy();
		try {
			postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			postmaster.get().destroyForcibly();
		}
	}

	private static Optional<Long> readPid(Path pidFile) {
		try {
			return Files.readAllLines(pidFile).stream().findFirst().map(String::trim).map(Long::valueOf);
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The port of a server another live instance holds on this directory, if one does.
	 */
	private static Optional<Integer> portOfRunningInstance(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		boolean alive = readPid(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isPresent();
		if (!alive || !Files.exists(directory.resolve("epg-lock"))) {
			return Optional.empty();
		}
		try (FileOutputStream out = new FileOutputStream(directory.resolve("epg-lock").toFile(), true);
				FileLock lock = out.getChannel().tryLock()) {
			if (lock != null) {
				return Optional.empty();
			}
		}
		List<String> lines = Files.readAllLines(pidFile);
		return lines.size() > 3 ? Optional.of(Integer.valueOf(lines.get(3).trim())) : Optional.empty();
	}

	private static void createDatabase(EmbeddedPostgres postgres, String database) throws IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'");
			if (!exists.next()) {
				statement.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
			}
		}
		catch (SQLException ex) {
			throw new IOException("Could not create the database " + database + " in the embedded server", ex);
		}
	}

	String jdbcUrl() {
		return jdbcUrl;
	}

	/** The role the application uses. */
	String username() {
		return APP_ROLE;
	}

	String password() {
		return passwords.application();
	}

	/** The role that owns the tables and runs the migrations. */
	String ownerUsername() {
		return SUPERUSER;
	}

	String ownerPassword() {
		return passwords.owner();
	}

	/** Lets go of the server; the last user stops it. */
	void release() throws IOException {
		synchronized (EmbeddedDatabaseServer.class) {
			if (--users > 0) {
				return;
			}
			running.remove(key);
			if (postgres != null) {
				postgres.close();
			}
		}
	}

}
