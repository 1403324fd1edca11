package org.zhengtong.notification.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/** Keys that name what happened, and links that are sure to stay on this site. */
final class EventKeys {

	private EventKeys() {
	}

	/** A short digest of the parts, for events without an id of their own (an urge). */
	static String digest(String... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update(part.getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The path when it is one of this site's ({@code /…}, not {@code //…}), else none.
	 */
	static @Nullable String sitePath(@Nullable String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")
				|| link.length() > 500) {
			return null;
		}
		return link;
	}

}
