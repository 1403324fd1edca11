package org.zhengtong.files;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download: its own type and length, shown in the browser only when
 * the type cannot carry script, otherwise saved under the name it was uploaded with.
 */
public final class FileResponses {

	/** Shown in the browser; everything else is saved. None of these can carry script. */
	private static final Set<String> INLINE = Set.of("image/png", "image/jpeg", "image/gif", "image/webp",
			"application/pdf");

	private FileResponses() {
	}

	/**
	 * The response carrying the link's file.
	 * @param shared whether any cache may keep it (a published file) or only nobody may
	 */
	public static ResponseEntity<Resource> of(FileLink link, Resource content, boolean shared) {
		String type = link.file().mediaType();
		ContentDisposition disposition = (INLINE.contains(type) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(link.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(link.file().size())
			.eTag(link.file().sha256())
			.cacheControl(shared ? CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic()
					: CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(content);
	}

}
