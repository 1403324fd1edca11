package org.zhengtong.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.util.StreamUtils;
import org.zhengtong.platform.BackupParticipant;

/**
 * One archive with everything an installation needs to be rebuilt: every table
 * (PostgreSQL {@code COPY}, read in one repeatable-read snapshot, so the rows agree with
 * each other), and the files of each {@link BackupParticipant} the snapshot refers to.
 * The manifest records the schema version, row counts, sequences and a SHA-256 per entry;
 * a restore checks all of them and changes nothing when one does not match.
 */
@Service
class BackupService {

	static final String MANIFEST = "zhengtong-backup.properties";

	static final String FORMAT = "1";

	/** Framework tables whose rows belong to the running instance, not to the records. */
	static final Set<String> NOT_SAVED = Set.of("flyway_schema_history", "shedlock", "spring_session",
			"spring_session_attributes");

	private static final String MIGRATIONS = "classpath:db/migration";

	private final DataSource dataSource;

	private final List<BackupParticipant> participants;

	private final Clock clock;

	/** The placeholders the migrations use (the application role's name). */
	private final Map<String, String> placeholders;

	BackupService(DataSource dataSource, List<BackupParticipant> participants, Clock clock,
			@Value("${spring.flyway.placeholders.appRole:zhengtong_app}") String appRole) {
		this.dataSource = dataSource;
		this.participants = participants;
		this.clock = clock;
		this.placeholders = Map.of("appRole", appRole);
	}

	record Summary(String schemaVersion, int tables, long rows, int files, long bytes) {
	}

	Summary backup(Path archive) throws IOException, SQLException {
		Path target = archive.toAbsolutePath().normalize();
		Files.createDirectories(target.getParent());
		Path partial = target.resolveSibling(target.getFileName() + ".part");
		Properties manifest = new Properties();
		long rows = 0;
		int files = 0;
		String version;
		List<String> tables;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			JdbcClient snapshot = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			version = schemaVersion(snapshot);
			tables = loadOrder(snapshot);
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			Files.deleteIfExists(partial);
			OwnerOnly.restrict(Files.createFile(partial));
			try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
				for (String table : tables) {
					long copied = write(zip, tableEntry(table), manifest,
							(out) -> copy.copyOut("COPY " + quote(table) + " TO STDOUT", out));
					manifest.setProperty("rows." + table, Long.toString(copied));
					rows += copied;
				}
				snapshot.sql("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()")
					.query((row) -> {
						long value = row.getLong("last_value");
						boolean neverUsed = row.wasNull();
						manifest.setProperty("sequence." + row.getString("sequencename"),
								neverUsed ? "" : Long.toString(value));
					});
				List<String> saved = new ArrayList<>();
				for (BackupParticipant participant : participants) {
					saved.add(participant.name());
					for (String relative : participant.filesToSave(snapshot)) {
						Path file = participant.directory().resolve(relative);
						write(zip, "dirs/" + participant.name() + "/" + relative, manifest,
								(out) -> Files.copy(file, out));
						files++;
					}
				}
				manifest.setProperty("format", FORMAT);
				manifest.setProperty("created", clock.instant().toString());
				manifest.setProperty("schema.version", version);
				manifest.setProperty("tables", String.join(",", tables));
				manifest.setProperty("directories", String.join(",", saved));
				zip.putNextEntry(new ZipEntry(MANIFEST));
				manifest.store(zip, "Zhengtong backup: restore with java -jar zhengtong.jar restore <archive>");
				zip.closeEntry();
			}
			connection.commit();
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return new Summary(version, tables.size(), rows, files, Files.size(target));
	}

	/**
	 * Rebuilds an installation from an archive into an empty database: the schema at the
	 * backup's version, every row, the sequences and the participants' files; then the
	 * schema is brought up to this release. In one transaction: a damaged archive or a
	 * non-empty database leaves the database as it was.
	 * @param directoryFor where each participant's files go (normally its own directory)
	 */
	Summary restore(Path archive, DataSource target, Function<BackupParticipant, Path> directoryFor)
			throws IOException {
		try {
			return load(archive, target, directoryFor);
		}
		catch (SQLException | DataAccessException | FlywayException ex) {
			throw new BackupProblem("Nothing was restored: the database refused the backup ("
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage() + ")", ex);
		}
	}

	private Summary load(Path archive, DataSource target, Function<BackupParticipant, Path> directoryFor)
			throws IOException, SQLException {
		if (!Files.isRegularFile(archive)) {
			throw new BackupProblem("There is no backup at " + archive.toAbsolutePath());
		}
		try (ZipFile zip = open(archive)) {
			Properties manifest = manifest(zip);
			verifyChecksums(zip, manifest);
			String version = manifest.getProperty("schema.version");
			List<String> tables = list(manifest.getProperty("tables", ""));
			refuseUnlessNew(target);
			Flyway.configure()
				.dataSource(target)
				.locations(MIGRATIONS)
				.placeholders(placeholders)
				.target(version)
				.load()
				.migrate();
			long rows = 0;
			int files = 0;
			try (Connection connection = target.getConnection()) {
				connection.setAutoCommit(false);
				JdbcClient database = JdbcClient.create(new SingleConnectionDataSource(connection, true));
				// The migrations seed reference data (the calendar); the backup's rows
				// replace it.
				for (int i = tables.size() - 1; i >= 0; i--) {
					database.sql("DELETE FROM " + quote(tables.get(i))).update();
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (String table : tables) {
					String entry = tableEntry(table);
					long expected = Long.parseLong(manifest.getProperty("rows." + table, "-1"));
					long copied = read(zip, entry, manifest,
							(in) -> copy.copyIn("COPY " + quote(table) + " FROM STDIN", in));
					if (copied != expected) {
						throw new BackupProblem("The backup is damaged: " + table + " has " + copied
								+ " rows, the manifest says " + expected);
					}
					rows += copied;
				}
				for (String name : manifest.stringPropertyNames()) {
					String value = manifest.getProperty(name);
					if (name.startsWith("sequence.") && !value.isEmpty()) {
						database.sql("SELECT setval(?::regclass, ?)")
							.params(quote(name.substring("sequence.".length())), Long.parseLong(value))
							.query(Long.class)
							.single();
					}
				}
				files = restoreDirectories(zip, manifest, directoryFor);
				connection.commit();
			}
			Flyway.configure().dataSource(target).locations(MIGRATIONS).placeholders(placeholders).load().migrate();
			return new Summary(version, tables.size(), rows, files, Files.size(archive));
		}
	}

	private int restoreDirectories(ZipFile zip, Properties manifest, Function<BackupParticipant, Path> directoryFor)
			throws IOException {
		Map<String, BackupParticipant> byName = new LinkedHashMap<>();
		participants.forEach((participant) -> byName.put(participant.name(), participant));
		int restored = 0;
		for (String key : new TreeSet<>(manifest.stringPropertyNames())) {
			if (!key.startsWith("sha256.dirs/")) {
				continue;
			}
			String entry = key.substring("sha256.".length());
			String[] parts = entry.split("/", 3);
			BackupParticipant participant = byName.get(parts[1]);
			if (participant == null) {
				throw new BackupProblem(
						"The backup holds files of '" + parts[1] + "', which this release does not know");
			}
			Path directory = directoryFor.apply(participant).toAbsolutePath().normalize();
			Path file = directory.resolve(parts[2]).normalize();
			if (!file.startsWith(directory)) {
				throw new BackupProblem("The backup is damaged: " + entry + " points outside " + directory);
			}
			Files.createDirectories(file.getParent());
			Path incoming = Files.createTempFile(file.getParent(), ".restore-", ".part");
			if (participant.secret()) {
				OwnerOnly.restrict(incoming);
			}
			try {
				// Written into the file created above, which keeps its owner-only
				// permissions.
				read(zip, entry, manifest, (in) -> {
					try (OutputStream out = Files.newOutputStream(incoming)) {
						return in.transferTo(out);
					}
				});
				Files.move(incoming, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(incoming);
			}
			restored++;
		}
		return restored;
	}

	/**
	 * Reads every entry once before anything is changed, so a damaged archive is refused
	 * whole.
	 */
	private static void verifyChecksums(ZipFile zip, Properties manifest) throws IOException {
		for (String key : manifest.stringPropertyNames()) {
			if (key.startsWith("sha256.")) {
				read(zip, key.substring("sha256.".length()), manifest,
						(in) -> in.transferTo(OutputStream.nullOutputStream()));
			}
		}
	}

	private static ZipFile open(Path archive) throws IOException {
		try {
			return new ZipFile(archive.toFile());
		}
		catch (ZipException ex) {
			throw new BackupProblem(archive + " is not a Zhengtong backup (not a zip archive)", ex);
		}
	}

	private static Properties manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(MANIFEST);
		if (entry == null) {
			throw new BackupProblem(zip.getName() + " is not a Zhengtong backup (it has no " + MANIFEST + ")");
		}
		Properties manifest = new Properties();
		try (InputStream in = zip.getInputStream(entry)) {
			manifest.load(in);
		}
		if (!FORMAT.equals(manifest.getProperty("format"))) {
			throw new BackupProblem("The backup has format " + manifest.getProperty("format")
					+ "; this release reads format " + FORMAT);
		}
		return manifest;
	}

	/**
	 * Only a database without the platform's schema is restored into: anything else may
	 * hold records that a restore would mix with the backup's.
	 */
	private static void refuseUnlessNew(DataSource target) {
		Boolean used = JdbcClient.create(target)
			.sql("SELECT to_regclass('flyway_schema_history') IS NOT NULL")
			.query(Boolean.class)
			.single();
		if (Boolean.TRUE.equals(used)) {
			throw new BackupProblem("The database is not empty: it already holds the platform's schema. Restore into a "
					+ "new, empty database (with the embedded database: stop the platform and move ./data/postgres away first).");
		}
	}

	private static String schemaVersion(JdbcClient snapshot) {
		return snapshot.sql("""
				SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL
				ORDER BY installed_rank DESC LIMIT 1""").query(String.class).single();
	}

	/**
	 * Every table, each after the tables its foreign keys point to, so a restore can load
	 * in order.
	 */
	static List<String> loadOrder(JdbcClient database) {
		Map<String, Set<String>> parents = new TreeMap<>();
		database.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'""")
			.query(String.class)
			.list()
			.stream()
			.filter((table) -> !NOT_SAVED.contains(table))
			.forEach((table) -> parents.put(table, new TreeSet<>()));
		database.sql("""
				SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
				JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
				WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace""").query((row) -> {
			String child = row.getString("child");
			String parent = row.getString("parent");
			if (parents.containsKey(child) && parents.containsKey(parent) && !child.equals(parent)) {
				parents.get(child).add(parent);
			}
		});
		List<String> order = new ArrayList<>();
		while (!parents.isEmpty()) {
			String next = parents.entrySet()
				.stream()
				.filter((table) -> order.containsAll(table.getValue()))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElseThrow(() -> new BackupProblem("Foreign keys form a cycle between " + parents.keySet()));
			order.add(next);
			parents.remove(next);
		}
		return order;
	}

	private static String tableEntry(String table) {
		return "db/" + table + ".copy";
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private static List<String> list(String commaSeparated) {
		return commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
	}

	private interface Body {

		long write(OutputStream out) throws IOException, SQLException;

	}

	private interface Reader {

		long read(InputStream in) throws IOException, SQLException;

	}

	private static long write(ZipOutputStream zip, String name, Properties manifest, Body body) throws IOException {
		MessageDigest sha256 = sha256();
		zip.putNextEntry(new ZipEntry(name));
		try (OutputStream out = new DigestOutputStream(StreamUtils.nonClosing(zip), sha256)) {
			long written = body.write(out);
			out.flush();
			zip.closeEntry();
			manifest.setProperty("sha256." + name, HexFormat.of().formatHex(sha256.digest()));
			return written;
		}
		catch (SQLException ex) {
			throw new IOException("Could not read " + name + " from the database", ex);
		}
	}

	private static long read(ZipFile zip, String name, Properties manifest, Reader reader) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		String expected = manifest.getProperty("sha256." + name);
		if (entry == null || expected == null) {
			throw new BackupProblem("The backup is damaged: " + name + " is missing");
		}
		MessageDigest sha256 = sha256();
		long result;
		try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
			result = reader.read(in);
			in.transferTo(OutputStream.nullOutputStream());
		}
		catch (SQLException ex) {
			throw new BackupProblem("Could not load " + name + ": " + ex.getMessage(), ex);
		}
		if (!HexFormat.of().formatHex(sha256.digest()).equals(expected)) {
			throw new BackupProblem("The backup is damaged: " + name + " does not match its checksum");
		}
		return result;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
