package org.zhengtong.files.internal;

/** Makes an uploaded file's name safe to keep and to send back in a download. */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/**
	 * The last path segment (browsers on Windows used to send {@code C:\…\name}), without
	 * control characters, at most 255 characters; {@code 附件} when nothing is left.
	 */
	static String clean(String name) {
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String visible = last.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (visible.isEmpty() || visible.equals(".") || visible.equals("..")) {
			return "附件";
		}
		return visible.codePointCount(0, visible.length()) <= MAX_LENGTH ? visible
				: visible.substring(0, visible.offsetByCodePoints(0, MAX_LENGTH));
	}

}
