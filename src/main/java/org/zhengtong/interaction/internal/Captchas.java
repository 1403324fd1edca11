package org.zhengtong.interaction.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.Secrets;

/**
 * The captcha of anonymous forms: a picture of five digits and, as its accessible
 * alternative, a question read as text ({@code 七加五等于几？}); either answer is accepted. A
 * challenge is issued without storing anything or needing a session: its token carries a
 * nonce, its expiry and keyed hashes (HMAC-SHA256, key outside the database) of the two
 * answers, so any instance checks it. Answered once, right or wrong, its nonce is spent
 * in the database until it expires.
 *
 * <p>
 * A form gets a fresh challenge by calling {@link #issue()} each time it is rendered
 * (also when it is shown again with errors: the old one is spent) and includes
 * {@code ~{interaction/captcha :: field(${captcha})}}; it posts {@code captchaToken} and
 * {@code captchaAnswer}.
 */
@Component
public class Captchas {

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final byte[] key;

	private final JdbcClient jdbc;

	/** Counts and spent challenges stay when the caller's transaction rolls back. */
	private final TransactionTemplate apart;

	private final Clock clock;

	private final GuardProperties properties;

	Captchas(Secrets secrets, JdbcClient jdbc, Clock clock, GuardProperties properties,
			PlatformTransactionManager transactions) {
		this.key = secrets.get("interaction-captcha-key", "zhengtong.interaction.captcha-key", 32);
		this.jdbc = jdbc;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * One challenge for a form.
	 *
	 * @param token what the form posts back as {@code captchaToken}
	 * @param picture the picture, as a {@code data:} address for {@code <img src>}
	 * @param first the first number of the text question (1–9)
	 * @param second the second number (1–9)
	 * @param expiresAt until when it may be answered
	 */
	public record Challenge(String token, String picture, int first, int second, Instant expiresAt) {
	}

	/** A fresh challenge. */
	public Challenge issue() {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < 5; i++) {
			digits.append(random.nextInt(10));
		}
		return issue(digits.toString(), 1 + random.nextInt(9), 1 + random.nextInt(9));
	}

	/** A challenge of these digits and this question (tests choose them). */
	Challenge issue(String digits, int first, int second) {
		byte[] nonceBytes = new byte[16];
		random.nextBytes(nonceBytes);
		String nonce = BASE64.encodeToString(nonceBytes);
		Instant expiresAt = clock.instant().plus(properties.captchaValidity());
		long expiry = expiresAt.getEpochSecond();
		String token = nonce + "." + expiry + "." + mac("token", nonce, expiry, "") + "."
				+ mac("picture", nonce, expiry, digits) + "."
				+ mac("question", nonce, expiry, Integer.toString(first + second));
		return new Challenge(token, CaptchaPicture.dataUri(digits, random), first, second, expiresAt);
	}

	/**
	 * Whether the answer is right for its challenge, which is spent either way. A
	 * missing, malformed, expired or already answered challenge is never right.
	 */
	public boolean spend(@Nullable String token, @Nullable String answer) {
		if (token == null || answer == null || token.length() > 200) {
			return false;
		}
		String[] parts = token.split("\\.");
		if (parts.length != 5) {
			return false;
		}
		long expiry;
		try {
			expiry = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException malformed) {
			return false;
		}
		Instant expiresAt = Instant.ofEpochSecond(expiry);
		// An expired token, or one whose nonce and expiry we did not sign, is refused
		// before anything is stored.
		if (!expiresAt.isAfter(clock.instant()) || !same(parts[2], mac("token", parts[0], expiry, ""))) {
			return false;
		}
		String typed = normalize(answer);
		Integer spent = apart.execute((status) -> jdbc
			.sql("INSERT INTO interaction_captcha_spent (nonce, expires_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(parts[0], Timestamp.from(expiresAt))
			.update());
		if (spent == null || spent == 0 || typed == null) {
			return false;
		}
		return same(parts[3], mac("picture", parts[0], expiry, typed))
				| same(parts[4], mac("question", parts[0], expiry, typed));
	}

	/** Deletes spent nonces of expired challenges. */
	int deleteExpired() {
		return jdbc.sql("DELETE FROM interaction_captcha_spent WHERE expires_at <= ?")
			.param(Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * The answer as digits: full-width digits (a Chinese input method gives those) and
	 * Chinese numerals up to 九十九 (十二, 二十) are read as numbers; spaces are ignored.
	 */
	static @Nullable String normalize(String answer) {
		String text = answer.replaceAll("[\\s\\u3000]", "");
		if (text.isEmpty() || text.length() > 10) {
			return null;
		}
		StringBuilder digits = new StringBuilder();
		boolean allDigits = true;
		for (char c : text.toCharArray()) {
			int digit = Character.digit(c, 10);
			if (digit < 0) {
				allDigits = false;
				break;
			}
			digits.append(digit);
		}
		if (allDigits) {
			String plain = digits.toString();
			return plain.length() <= 2 ? Integer.toString(Integer.parseInt(plain)) : plain;
		}
		Integer number = chinese(text);
		return number == null ? null : number.toString();
	}

	private static final String NUMERALS = "零一二三四五六七八九";

	private static @Nullable Integer chinese(String text) {
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 && NUMERALS.indexOf(text.charAt(0)) >= 0 ? NUMERALS.indexOf(text.charAt(0))
					: null;
		}
		String tens = text.substring(0, ten);
		String units = text.substring(ten + 1);
		int t = tens.isEmpty() ? 1 : tens.length() == 1 ? NUMERALS.indexOf(tens.charAt(0)) : -1;
		int u = units.isEmpty() ? 0 : units.length() == 1 ? NUMERALS.indexOf(units.charAt(0)) : -1;
		return t < 1 || u < 0 ? null : t * 10 + u;
	}

	private String mac(String kind, String nonce, long expiry, String answer) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac
				.doFinal((kind + "|" + nonce + "|" + expiry + "|" + answer).getBytes(StandardCharsets.UTF_8));
			return BASE64.encodeToString(Arrays.copyOf(digest, 16));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	private static boolean same(String expected, String actual) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				actual.getBytes(StandardCharsets.US_ASCII));
	}

}
