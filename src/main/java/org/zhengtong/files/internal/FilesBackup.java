package org.zhengtong.files.internal;

import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.BackupParticipant;

/**
 * The attachments a backup's rows refer to: every blob of the snapshot's
 * {@code files_blob}.
 */
@Component
class FilesBackup implements BackupParticipant {

	private final ContentStore store;

	private final FilesProperties properties;

	FilesBackup(ContentStore store, FilesProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "files";
	}

	@Override
	public Path directory() {
		return properties.directory().toAbsolutePath().normalize();
	}

	@Override
	public List<String> filesToSave(JdbcClient snapshot) {
		Path root = directory();
		return snapshot.sql("SELECT sha256 FROM files_blob ORDER BY sha256")
			.query(String.class)
			.list()
			.stream()
			.map((sha256) -> root.relativize(store.pathOf(sha256)).toString())
			.toList();
	}

}
