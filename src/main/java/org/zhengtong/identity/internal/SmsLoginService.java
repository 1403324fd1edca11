package org.zhengtong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.SmsLogin;
import org.zhengtong.notification.SmsGateway;

@Service
class SmsLoginService implements SmsLogin {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final int TRIES = 5;

	private final JdbcClient jdbc;

	private final ObjectProvider<SmsGateway> gateway;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SmsLoginService(JdbcClient jdbc, ObjectProvider<SmsGateway> gateway, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
	}

	record Holder(UUID id, String username) {
	}

	@Override
	public boolean available() {
		return gateway.getIfAvailable() != null;
	}

	@Override
	@Transactional
	public void sendCode(String mobile, String address) {
		SmsGateway sms = gateway.getIfAvailable();
		Optional<Holder> holder = holder(mobile);
		if (sms == null || holder.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		boolean tooSoon = jdbc.sql("""
				SELECT count(*) FILTER (WHERE created_at > :minute) > 0 OR count(*) >= 5
				FROM identity_sms_code WHERE account_id = :account AND created_at > :hour""")
			.param("minute", Timestamp.from(now.minusSeconds(60)))
			.param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
			.param("account", holder.get().id())
			.query(Boolean.class)
			.single();
		if (tooSoon) {
			return;
		}
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql(
				"INSERT INTO identity_sms_code (id, account_id, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), holder.get().id(), hash(holder.get().id(), code), Timestamp.from(now),
					Timestamp.from(now.plus(VALIDITY)))
			.update();
		sms.send(mobile, "【政务服务】您的登录验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
		events.publishEvent(AuditableEvent.succeeded(now, holder.get().username(), "identity.sms-code-sent", "account",
				holder.get().id().toString(), "发送登录验证码到 " + mobile.substring(0, 3) + "****" + mobile.substring(7))
			.withAddress(address));
	}

	@Override
	@Transactional
	public Optional<String> verify(String mobile, String code) {
		Optional<Holder> holder = holder(mobile);
		if (holder.isEmpty() || !code.matches("[0-9]{6}")) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<UUID> latest = jdbc.sql("""
				SELECT id FROM identity_sms_code WHERE account_id = ? AND used_at IS NULL AND expires_at > ?
				  AND attempts < ? ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
			.params(holder.get().id(), Timestamp.from(now), TRIES)
			.query(UUID.class)
			.optional();
		if (latest.isEmpty()) {
			return Optional.empty();
		}
		int used = jdbc.sql("UPDATE identity_sms_code SET used_at = ? WHERE id = ? AND code_hash = ?")
			.params(Timestamp.from(now), latest.get(), hash(holder.get().id(), code))
			.update();
		if (used == 0) {
			jdbc.sql("UPDATE identity_sms_code SET attempts = attempts + 1 WHERE id = ?").param(latest.get()).update();
			return Optional.empty();
		}
		return Optional.of(holder.get().username());
	}

	private Optional<Holder> holder(String mobile) {
		if (!mobile.matches("1[3-9][0-9]{9}")) {
			return Optional.empty();
		}
		return jdbc
			.sql("SELECT id, username FROM identity_account WHERE mobile = ? AND active AND kind <> 'STAFF' "
					+ "AND (locked_until IS NULL OR locked_until <= ?)")
			.params(mobile, Timestamp.from(clock.instant()))
			.query(Holder.class)
			.optional();
	}

	/** Salted with the account, so equal codes of two people differ. */
	private static byte[] hash(UUID account, String code) {
		try {
			return MessageDigest.getInstance("SHA-256")
				.digest((account + ":" + code).getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
