package org.zhengtong.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.core.io.Resource;

/**
 * The attachment store. Content goes in as a stream (never whole in memory), is judged by
 * what it is rather than what it is called, and is kept once however often it is
 * uploaded.
 */
public interface FileManagement {

	/**
	 * Reads the content to its end and keeps it.
	 * @param fileName the name the uploader gave, used only to refine a type the content
	 * shows (a {@code .docx} inside an Office Open XML package), never to override it
	 * @throws FileRefused when the content breaks the rules; nothing is kept then
	 */
	StoredFile store(InputStream content, String fileName, UploadRules rules) throws IOException;

	/**
	 * Records that an owner uses stored content under a name.
	 * @param linkedBy the account that attached it, or {@code null} for the system
	 */
	FileLink attach(StoredFile file, FileOwner owner, String fileName, String linkedBy);

	/** Stops an owner using a file; the content goes when nothing uses it any more. */
	void detach(UUID linkId);

	Optional<FileLink> find(UUID linkId);

	/** The files of an owner, in the order they were attached. */
	List<FileLink> filesOf(FileOwner owner);

	/** Streams the content; the caller closes the stream. */
	InputStream open(StoredFile file) throws IOException;

	/**
	 * The content as a resource with its length, for downloads (and their range
	 * requests).
	 */
	Resource contentOf(StoredFile file);

}
