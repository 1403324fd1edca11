package org.zhengtong.interaction.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.Secrets;
import org.zhengtong.platform.SmsGateway;

/**
 * 短信验证: how someone without a public account proves a phone before answering. The same
 * rules as identity's SMS login (a six-digit code, five minutes, five tries, once; one a
 * minute and five an hour per number, {@code zhengtong.sms.codes-per-address-per-hour}
 * per address and {@code zhengtong.sms.codes-per-hour} for the platform), through the
 * platform's {@link SmsGateway}; identity's codes belong to accounts, these to any
 * mainland number. Numbers are stored only as a keyed hash, which is also the answerer's
 * voter key.
 */
@Component
class PhoneCodes {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final int TRIES = 5;

	private final JdbcClient jdbc;

	private final ObjectProvider<SmsGateway> gateway;

	private final Clock clock;

	private final byte[] key;

	private final int perAddress;

	private final int overall;

	private final SecureRandom random = new SecureRandom();

	PhoneCodes(JdbcClient jdbc, ObjectProvider<SmsGateway> gateway, Clock clock, Secrets secrets,
			@Value("${zhengtong.sms.codes-per-address-per-hour:10}") int perAddress,
			@Value("${zhengtong.sms.codes-per-hour:500}") int overall) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.clock = clock;
		this.key = secrets.get("interaction-survey-key", "zhengtong.interaction.survey-key", 32);
		this.perAddress = perAddress;
		this.overall = overall;
	}

	static boolean valid(String phone) {
		return phone.matches("1[3-9][0-9]{9}");
	}

	boolean available() {
		return gateway.getIfAvailable() != null;
	}

	/**
	 * Sends a code to the number.
	 * @return whether it was sent (false: a limit was reached, or no gateway)
	 */
	@Transactional
	boolean send(String phone, @Nullable String address) {
		SmsGateway sms = gateway.getIfAvailable();
		if (sms == null || !valid(phone)) {
			return false;
		}
		// Count, then insert, one sender at a time: parallel requests would all count the
		// same.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('interaction.survey-code'))").query().singleRow();
		Instant now = clock.instant();
		String hash = hash(phone);
		String source = address == null ? "" : address;
		boolean limited = jdbc.sql("""
				SELECT count(*) FILTER (WHERE phone_hash = :phone AND created_at > :minute) > 0
				    OR count(*) FILTER (WHERE phone_hash = :phone) >= 5
				    OR count(*) FILTER (WHERE requested_from = :source) >= :perAddress
				    OR count(*) >= :overall
				FROM interaction_survey_phone_code WHERE created_at > :hour""")
			.param("phone", hash)
			.param("minute", Timestamp.from(now.minusSeconds(60)))
			.param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("source", source)
			.param("perAddress", perAddress)
			.param("overall", overall)
			.query(Boolean.class)
			.single();
		if (limited) {
			return false;
		}
		// A new code ends the ones sent before.
		jdbc.sql("UPDATE interaction_survey_phone_code SET expires_at = ? WHERE phone_hash = ? AND used_at IS NULL "
				+ "AND expires_at > ?")
			.params(Timestamp.from(now), hash, Timestamp.from(now))
			.update();
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("INSERT INTO interaction_survey_phone_code (id, phone_hash, code_hash, created_at, expires_at, "
				+ "requested_from) VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), hash, hash(phone + ":" + code), Timestamp.from(now),
					Timestamp.from(now.plus(VALIDITY)), source)
			.update();
		sms.send(phone, "【政务服务】您参加网上调查和意见征集的验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
		return true;
	}

	/**
	 * Spends the code in a transaction of its own (a wrong try counts even though the
	 * answer it came with is refused and rolled back).
	 * @return the phone's voter key, or empty for a wrong, used or expired code
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<String> spend(String phone, String code) {
		if (!valid(phone) || !code.matches("[0-9]{6}")) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		String hash = hash(phone);
		Optional<UUID> latest = jdbc.sql("""
				SELECT id FROM interaction_survey_phone_code WHERE phone_hash = ? AND used_at IS NULL AND expires_at > ?
				  AND attempts < ? ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
			.params(hash, Timestamp.from(now), TRIES)
			.query(UUID.class)
			.optional();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		int used = jdbc.sql("UPDATE interaction_survey_phone_code SET used_at = ? WHERE id = ? AND code_hash = ?")
			.params(Timestamp.from(now), latest.get(), hash(phone + ":" + code))
			.update();
		if (used == 0) {
			jdbc.sql("UPDATE interaction_survey_phone_code SET attempts = attempts + 1 WHERE id = ?")
				.param(latest.get())
				.update();
			return Optional.empty();
		}
		return Optional.of(voterKey(phone));
	}

	/** The voter key of an answer from this phone. */
	String voterKey(String phone) {
		return "phone:" + hash(phone);
	}

	private String hash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
