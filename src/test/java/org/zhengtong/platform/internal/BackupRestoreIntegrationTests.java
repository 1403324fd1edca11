package org.zhengtong.platform.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.files.FileManagement;
import org.zhengtong.files.FileOwner;
import org.zhengtong.files.StoredFile;
import org.zhengtong.files.UploadRules;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * A backup restored into an empty installation gives back the same rows, sequences and
 * files; a damaged archive or a database that is not empty changes nothing.
 */
@IntegrationTest
class BackupRestoreIntegrationTests {

	@Autowired
	BackupService backups;

	@Autowired
	FileManagement files;

	@Autowired
	JobManagement jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseOwner owner;

	@TempDir
	Path temporary;

	@Value("${zhengtong.secrets.directory}")
	Path secrets;

	@Test
	void a_restored_installation_has_the_same_rows_and_files() throws Exception {
		byte[] attachment = ("秦川市人民政府关于做好 2026 年政务公开工作的通知 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
		StoredFile stored = files.store(new ByteArrayInputStream(attachment), "通知.txt", UploadRules.DOCUMENTS);
		files.attach(stored, new FileOwner("test.private", "zhang"), "通知.txt", "zhang");
		var job = jobs.start("test.backup", "备份前的任务", "zhang", (progress) -> "完成");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jobs.find(job.id(), "zhang").orElseThrow().status() == JobStatus.SUCCEEDED);
		Path secret = secrets.resolve("backup-test-secret");
		Files.createDirectories(secrets);
		Files.writeString(secret, "口令-" + UUID.randomUUID());
		Path archive = temporary.resolve("backup.zip");

		BackupService.Summary saved = backups.backup(archive);

		assertThat(archive).exists();
		assertThat(saved.files()).isGreaterThanOrEqualTo(1);
		assertThat(saved.tables()).isGreaterThanOrEqualTo(4);
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			assertThat(zip.getEntry("zhengtong-backup.properties")).isNotNull();
			assertThat(zip.getEntry("db/files_link.copy")).isNotNull();
			assertThat(zip.getEntry("db/shedlock.copy")).as("instance locks are not records").isNull();
		}

		DataSource empty = newDatabase();
		Path restoredFiles = temporary.resolve("restored-files");
		BackupService.Summary restored = backups.restore(archive, empty,
				(participant) -> temporary.resolve("restored-" + participant.name()));

		assertThat(restored.rows()).isEqualTo(saved.rows());
		JdbcTemplate copy = new JdbcTemplate(empty);
		for (String table : List.of("platform_job", "files_blob", "files_link", "event_publication", "calendar_year",
				"calendar_day")) {
			assertThat(rows(copy, table)).as(table).isEqualTo(rows(jdbc, table));
		}
		assertThat(copy.queryForObject("SELECT title FROM platform_job WHERE id = ?", String.class, job.id()))
			.isEqualTo("备份前的任务");
		Path file = restoredFiles.resolve(stored.sha256().substring(0, 2))
			.resolve(stored.sha256().substring(2, 4))
			.resolve(stored.sha256());
		assertThat(file).hasBinaryContent(attachment);
		Path restoredSecret = temporary.resolve("restored-secrets/backup-test-secret");
		assertThat(restoredSecret).hasSameTextualContentAs(secret);
		assertThat(Files.getPosixFilePermissions(restoredSecret))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(Files.getPosixFilePermissions(archive)).as("the archive holds secrets")
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(copy.queryForObject("SELECT max(version) FROM flyway_schema_history", String.class))
			.isEqualTo(jdbc.queryForObject("SELECT max(version) FROM flyway_schema_history", String.class));
	}

	@Test
	void a_damaged_archive_is_refused_and_the_database_stays_empty() throws Exception {
		Path archive = temporary.resolve("good.zip");
		backups.backup(archive);
		Path damaged = temporary.resolve("damaged.zip");
		copyChangingOneEntry(archive, damaged, "db/platform_job.copy");
		DataSource empty = newDatabase();

		assertThatExceptionOfType(BackupProblem.class).isThrownBy(
				() -> backups.restore(damaged, empty, (participant) -> temporary.resolve("x-" + participant.name())))
			.withMessageContaining("damaged");
		assertThat(new JdbcTemplate(empty).queryForObject(
				"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", Long.class))
			.as("checked before anything was created")
			.isZero();
	}

	@Test
	void a_database_that_is_not_empty_is_refused() throws Exception {
		Path archive = temporary.resolve("backup.zip");
		files.store(new ByteArrayInputStream(UUID.randomUUID().toString().getBytes()), "x.txt", UploadRules.DOCUMENTS);
		backups.backup(archive);
		long before = rows(jdbc, "files_blob");

		assertThatExceptionOfType(BackupProblem.class)
			.isThrownBy(() -> backups.restore(archive, dataSource,
					(participant) -> temporary.resolve("y-" + participant.name())))
			.withMessageContaining("not empty");
		assertThat(rows(jdbc, "files_blob")).isEqualTo(before);
	}

	@Test
	void something_that_is_not_a_backup_is_named_as_such() throws IOException {
		Path notABackup = temporary.resolve("photo.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notABackup))) {
			zip.putNextEntry(new ZipEntry("photo.jpg"));
		}

		assertThatExceptionOfType(BackupProblem.class)
			.isThrownBy(() -> backups.restore(notABackup, dataSource, (participant) -> temporary))
			.withMessageContaining("is not a Zhengtong backup");
	}

	/** A new, empty database on the same server, reached as the owner (who restores). */
	private DataSource newDatabase() {
		String name = "restore_" + UUID.randomUUID().toString().replace("-", "");
		new JdbcTemplate(owner.dataSource()).execute("CREATE DATABASE " + name);
		return owner.dataSource(name);
	}

	private static long rows(JdbcTemplate database, String table) {
		return database.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}

	private static void copyChangingOneEntry(Path from, Path to, String changed) throws IOException {
		try (ZipFile in = new ZipFile(from.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream content = in.getInputStream(entry)) {
					byte[] bytes = content.readAllBytes();
					if (entry.getName().equals(changed)) {
						bytes = (new String(bytes, StandardCharsets.UTF_8) + "").replace("备份", "伪造")
							.getBytes(StandardCharsets.UTF_8);
						bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
						bytes[bytes.length - 1] = '\n';
					}
					out.write(bytes);
				}
				out.closeEntry();
			}
		}
	}

}
