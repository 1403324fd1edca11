package org.zhengtong.files;

import java.util.Set;

/**
 * What an upload may be: at most {@code maxBytes}, of one of the {@code mediaTypes} as
 * read from its content.
 */
public record UploadRules(long maxBytes, Set<String> mediaTypes) {

	private static final long MB = 1024L * 1024;

	/**
	 * Office documents, PDF and OFD, text, spreadsheets and archives a government office
	 * exchanges.
	 */
	public static final UploadRules DOCUMENTS = new UploadRules(100 * MB, Set.of("application/pdf", "application/ofd",
			"application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.ms-powerpoint",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation", "application/vnd.ms-works",
			"application/rtf", "text/plain", "text/csv", "application/zip", "image/png", "image/jpeg"));

	/** Pictures for pages: photos, illustrations and scans. */
	public static final UploadRules IMAGES = new UploadRules(20 * MB,
			Set.of("image/png", "image/jpeg", "image/gif", "image/webp"));

	public UploadRules {
		if (maxBytes <= 0 || mediaTypes.isEmpty()) {
			throw new IllegalArgumentException("Upload rules need a positive size and at least one type");
		}
		mediaTypes = Set.copyOf(mediaTypes);
	}

}
