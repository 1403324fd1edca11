package org.zhengtong.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BackupParticipant;

/**
 * The secrets generated on first start outside production (keys and passwords in
 * {@code ./data/secrets/}): without them a restored installation could not open its CA
 * keys or verify its audit chain. The archive is therefore as secret as they are.
 */
@Component
class SecretsBackup implements BackupParticipant {

	private final Path directory;

	SecretsBackup(@Value("${zhengtong.secrets.directory:./data/secrets}") Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
	}

	@Override
	public String name() {
		return "secrets";
	}

	@Override
	public Path directory() {
		return directory;
	}

	@Override
	public boolean secret() {
		return true;
	}

	@Override
	public List<String> filesToSave(JdbcClient snapshot) throws IOException {
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> directory.relativize(file).toString())
				.sorted()
				.toList();
		}
	}

}
