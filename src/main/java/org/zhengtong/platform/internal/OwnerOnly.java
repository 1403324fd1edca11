package org.zhengtong.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Secrets and archives that hold them are for their owner's eyes only, where the file
 * system has permissions.
 */
final class OwnerOnly {

	private OwnerOnly() {
	}

	/** rw------- for a file, rwx------ for a directory. */
	static Path restrict(Path path) throws IOException {
		if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(path,
					PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
		}
		return path;
	}

}
