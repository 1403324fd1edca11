package org.zhengtong.platform.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.PlatformCommand;

/**
 * {@code backup [archive]} and {@code restore <archive>} (see docs/operator-guide.md).
 */
@Configuration(proxyBeanMethods = false)
class BackupCommands {

	@Bean
	PlatformCommand backupCommand(BackupService backups, Clock clock) {
		return new Command("backup", (arguments) -> {
			Path archive = Path.of(arguments.isEmpty()
					? "./data/backups/zhengtong-"
							+ LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"
					: arguments.get(0));
			BackupService.Summary done = backups.backup(archive);
			System.out.printf("Backup written to %s: schema version %s, %d tables, %d rows, %d files, %d bytes%n",
					archive.toAbsolutePath().normalize(), done.schemaVersion(), done.tables(), done.rows(),
					done.files(), done.bytes());
			return 0;
		});
	}

	@Bean
	PlatformCommand restoreCommand(BackupService backups, DatabaseOwner owner) {
		return new Command("restore", (arguments) -> {
			if (arguments.isEmpty()) {
				throw new BackupProblem("Say which archive to restore: java -jar zhengtong.jar restore <archive>");
			}
			// The owner builds the schema and loads every table, the audit log included.
			BackupService.Summary done = backups.restore(Path.of(arguments.get(0)), owner.dataSource(),
					(participant) -> participant.directory());
			System.out.printf("Restored %s: schema version %s, %d tables, %d rows, %d files%n", arguments.get(0),
					done.schemaVersion(), done.tables(), done.rows(), done.files());
			return 0;
		});
	}

	interface Body {

		int run(List<String> arguments) throws Exception;

	}

	record Command(String name, Body body) implements PlatformCommand {

		@Override
		public int run(List<String> arguments) throws Exception {
			return body.run(arguments);
		}

	}

}
