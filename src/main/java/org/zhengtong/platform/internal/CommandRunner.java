package org.zhengtong.platform.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs the command named in {@code zhengtong.command} (see {@code Commands}) and sets the
 * exit code.
 */
@Component
@ConditionalOnProperty("zhengtong.command")
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

	private final BackupService backups;

	private final DataSource dataSource;

	private final Clock clock;

	private int exitCode;

	CommandRunner(BackupService backups, DataSource dataSource, Clock clock) {
		this.backups = backups;
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) throws Exception {
		List<String> words = arguments.getNonOptionArgs();
		String command = words.isEmpty() ? "" : words.get(0);
		try {
			switch (command) {
				case "backup" -> {
					Path archive = Path.of(words.size() > 1 ? words.get(1) : "./data/backups/zhengtong-"
							+ LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip");
					BackupService.Summary done = backups.backup(archive);
					System.out.printf(
							"Backup written to %s: schema version %s, %d tables, %d rows, %d files, %d bytes%n",
							archive.toAbsolutePath().normalize(), done.schemaVersion(), done.tables(), done.rows(),
							done.files(), done.bytes());
				}
				case "restore" -> {
					if (words.size() < 2) {
						throw new BackupProblem(
								"Say which archive to restore: java -jar zhengtong.jar restore <archive>");
					}
					BackupService.Summary done = backups.restore(Path.of(words.get(1)), dataSource,
							(participant) -> participant.directory());
					System.out.printf("Restored %s: schema version %s, %d tables, %d rows, %d files%n", words.get(1),
							done.schemaVersion(), done.tables(), done.rows(), done.files());
				}
				default -> throw new BackupProblem("Unknown command '" + command + "'");
			}
		}
		catch (BackupProblem problem) {
			System.err.println(command + " failed: " + problem.getMessage());
			exitCode = 1;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
