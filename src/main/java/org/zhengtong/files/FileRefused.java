package org.zhengtong.files;

import java.util.List;

/**
 * An upload the rules refuse. Nothing was stored. {@link #messageKey()} and
 * {@link #arguments()} give the reason in the user's language (keys
 * {@code files.refused.*}).
 */
public class FileRefused extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	private FileRefused(String messageKey, String message, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public static FileRefused tooLarge(String fileName, long maxBytes) {
		long megabytes = Math.max(1, maxBytes / (1024 * 1024));
		return new FileRefused("files.refused.tooLarge", fileName + " is larger than " + megabytes + " MB", fileName,
				megabytes);
	}

	public static FileRefused typeNotAllowed(String fileName, String mediaType) {
		return new FileRefused("files.refused.type", fileName + " is " + mediaType + ", which is not accepted here",
				fileName, mediaType);
	}

	public static FileRefused empty(String fileName) {
		return new FileRefused("files.refused.empty", fileName + " is empty", fileName);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}

}
