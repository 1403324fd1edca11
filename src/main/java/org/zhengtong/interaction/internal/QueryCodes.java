package org.zhengtong.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Secrets;

/**
 * 查询码: what an anonymous writer follows, rates and re-opens their letter with. Eight
 * characters from an alphabet without look-alikes (31⁸ ≈ 8.5 × 10¹¹), shown once as
 * {@code ABCD-EFGH}; only a keyed hash (HMAC-SHA256 with a key outside the database,
 * bound to the letter's id) is stored. Look-ups are throttled by the submission guard.
 */
@Component
public class QueryCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private final SecureRandom random = new SecureRandom();

	private final byte[] key;

	QueryCodes(Secrets secrets) {
		this.key = secrets.get("interaction-query-key", "zhengtong.interaction.query-key", 32);
	}

	/** A new code, as the writer is shown it ({@code ABCD-EFGH}). */
	public String generate() {
		StringBuilder code = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * The code of the letter a form with this one-time token made: derived from the token
	 * by a keyed hash, so a form sent twice (a double click) shows its writer the same
	 * code again, while only the token's own hash is stored.
	 */
	public String forSubmission(String submitToken) {
		byte[] digest = mac(("submission:" + submitToken).getBytes(StandardCharsets.UTF_8));
		java.math.BigInteger value = new java.math.BigInteger(1, digest);
		java.math.BigInteger base = java.math.BigInteger.valueOf(ALPHABET.length());
		StringBuilder code = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				code.append('-');
			}
			java.math.BigInteger[] division = value.divideAndRemainder(base);
			code.append(ALPHABET.charAt(division[1].intValue()));
			value = division[0];
		}
		return code.toString();
	}

	/** The hash stored for a code of the letter {@code id}. */
	public String hash(UUID id, String code) {
		byte[] digest = mac((id + ":" + normalize(code)).getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().withoutPadding().encodeToString(digest);
	}

	private byte[] mac(byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	/** Whether {@code code} is the letter's 查询码 (compared in constant time). */
	public boolean matches(Letter letter, @Nullable String code) {
		if (code == null || letter.queryCodeHash() == null) {
			return false;
		}
		return MessageDigest.isEqual(hash(letter.id(), code).getBytes(StandardCharsets.US_ASCII),
				letter.queryCodeHash().getBytes(StandardCharsets.US_ASCII));
	}

	/** Upper case, without spaces and dashes: what people type back is forgiven. */
	static String normalize(String code) {
		return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
	}

}
