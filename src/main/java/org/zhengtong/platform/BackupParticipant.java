package org.zhengtong.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A directory whose files belong in a backup beside the database: the attachment store,
 * the secrets. Implement as a bean.
 */
public interface BackupParticipant {

	/**
	 * A short name, the folder of its files in the archive ({@code files},
	 * {@code secrets}).
	 */
	String name();

	/** Where the files live; a restore writes them back here. */
	Path directory();

	/**
	 * The files to save, as paths relative to {@link #directory()}.
	 * @param snapshot reads the database as of the backup's snapshot, so the files chosen
	 * match the rows saved (the attachments the saved rows refer to)
	 */
	List<String> filesToSave(JdbcClient snapshot) throws IOException;

	/**
	 * Whether the files are secret: a restore makes them readable by their owner only.
	 */
	default boolean secret() {
		return false;
	}

}
