package org.zhengtong.permit.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Secrets;

/**
 * The submit form's one-time token and the 查询码 (as interaction does for letters). The
 * token: 256 random bits, only its SHA-256 stored, so a form sent twice finds the case it
 * made. The 查询码: eight characters without look-alikes ({@code ABCD-EFGH}), derived from
 * the token by a keyed hash (a second sending shows the same code), stored only as an
 * HMAC bound to the case, with a key outside the database.
 */
@Component
public class ApplicationCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final byte[] key;

	ApplicationCodes(Secrets secrets) {
		this.key = secrets.get("permit-query-key", "zhengtong.permit.query-key", 32);
	}

	/** A fresh token for a submit form. */
	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Whether {@code token} looks like one {@link #newToken} made. */
	public static boolean wellFormed(@Nullable String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	/** What is stored of a token. */
	static String tokenHash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** The 查询码 of the case a submission with this token made. */
	String forSubmission(String token) {
		BigInteger value = new BigInteger(1, mac("submission:" + token));
		BigInteger base = BigInteger.valueOf(ALPHABET.length());
		StringBuilder code = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			BigInteger[] division = value.divideAndRemainder(base);
			code.append(ALPHABET.charAt(division[1].intValue()));
			value = division[0];
		}
		return code.toString();
	}

	/** The hash stored for a code of the case {@code caseId}. */
	String hash(long caseId, String code) {
		return Base64.getEncoder().withoutPadding().encodeToString(mac(caseId + ":" + normalize(code)));
	}

	/** Whether {@code code} is the case's 查询码 (compared in constant time). */
	boolean matches(PermitCase permitCase, @Nullable String code) {
		String stored = permitCase.queryCodeHash();
		if (code == null || stored == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(permitCase.id(), code).getBytes(StandardCharsets.US_ASCII),
				stored.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] mac(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Upper case, without spaces and dashes: what people type back is forgiven. */
	static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
