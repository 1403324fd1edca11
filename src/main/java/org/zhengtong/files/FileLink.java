package org.zhengtong.files;

import java.time.Instant;
import java.util.UUID;

/**
 * A file as an object uses it: the content, the owner and the name the uploader gave it.
 *
 * @param id the link's id; the file is downloaded at {@code /files/{id}}
 */
public record FileLink(UUID id, StoredFile file, FileOwner owner, String fileName, Instant linkedAt) {

	/** Where the file is downloaded. */
	public String downloadPath() {
		return downloadPath(id);
	}

	/** Where the file of the link with this id is downloaded. */
	public static String downloadPath(UUID link) {
		return "/files/" + link;
	}

}
