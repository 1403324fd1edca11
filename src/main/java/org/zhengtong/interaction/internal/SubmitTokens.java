package org.zhengtong.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The one-time token each letter form carries: a double-clicked or re-sent form finds the
 * letter its first sending made instead of making a second one. Only the token's SHA-256
 * is stored, so the database alone never gives back the token (from which the 查询码 of an
 * anonymous letter is derived).
 */
public final class SubmitTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

	private SubmitTokens() {
	}

	/** A fresh token for a form (256 random bits, URL-safe Base64). */
	public static String generate() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether {@code token} looks like one {@link #generate} made. */
	public static boolean wellFormed(String token) {
		return SHAPE.matcher(token).matches();
	}

	/** What is stored of a token. */
	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
