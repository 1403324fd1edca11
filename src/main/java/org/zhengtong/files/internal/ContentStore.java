package org.zhengtong.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.stereotype.Component;

/**
 * The files on disk: content named by its SHA-256 under {@code ab/cd/<sha256>}, written
 * to {@code tmp/} first and moved into place atomically, so a reader never sees half a
 * file.
 */
@Component
class ContentStore {

	private final Path root;

	private final Path temporary;

	ContentStore(FilesProperties properties) throws IOException {
		this.root = properties.directory().toAbsolutePath().normalize();
		this.temporary = root.resolve("tmp");
		Files.createDirectories(temporary);
	}

	Path newTemporaryFile() throws IOException {
		return Files.createTempFile(temporary, "upload-", ".part");
	}

	Path pathOf(String sha256) {
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	boolean contains(String sha256) {
		return Files.isRegularFile(pathOf(sha256));
	}

	/**
	 * Moves a finished upload into place, or drops it if the same content is already
	 * there.
	 */
	void keep(Path upload, String sha256) throws IOException {
		Path target = pathOf(sha256);
		if (Files.isRegularFile(target)) {
			Files.delete(upload);
			return;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(upload, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(upload);
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("The file store " + root + " must be one file system with its tmp/ directory", ex);
		}
	}

	InputStream open(String sha256) throws IOException {
		return Files.newInputStream(pathOf(sha256));
	}

	void delete(String sha256) throws IOException {
		Files.deleteIfExists(pathOf(sha256));
	}

	Path temporaryDirectory() {
		return temporary;
	}

}
