package org.zhengtong.files;

import org.zhengtong.shared.Refusal;

/**
 * An upload the rules refuse. Nothing was stored. {@link #messageKey()} and
 * {@link #arguments()} give the reason in the user's language (keys
 * {@code files.refused.*}).
 */
public class FileRefused extends Refusal {

	private FileRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static FileRefused tooLarge(String fileName, long maxBytes) {
		long megabytes = Math.max(1, maxBytes / (1024 * 1024));
		return new FileRefused("files.refused.tooLarge", fileName + " is larger than " + megabytes + " MB", fileName,
				megabytes);
	}

	public static FileRefused typeNotAllowed(String fileName, String mediaType) {
		// The type by its name (PDF 文档), not its media type.
		return new FileRefused("files.refused.type", fileName + " is " + mediaType + ", which is not accepted here",
				fileName, FileTypes.of(mediaType));
	}

	public static FileRefused empty(String fileName) {
		return new FileRefused("files.refused.empty", fileName + " is empty", fileName);
	}

}
