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

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.SmsLogin;
import org.zhengtong.platform.SmsGateway;

@Service
class SmsLoginService implements SmsLogin {

	static final Duration VALIDITY = Duration.ofMinutes(5);

	static final int TRIES = 5;

	private final JdbcClient jdbc;

	private final ObjectProvider<SmsGateway> gateway;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final AccountRecords records;

	private final LoginGuard guard;

	private final LoginThrottle throttle;

	private final int perAddress;

	private final int overall;

	SmsLoginService(JdbcClient jdbc, ObjectProvider<SmsGateway> gateway, ApplicationEventPublisher events, Clock clock,
			AccountRecords records, LoginGuard guard, LoginThrottle throttle,
			@Value("${zhengtong.sms.codes-per-address-per-hour:10}") int perAddress,
			@Value("${zhengtong.sms.codes-per-hour:500}") int overall) {
		this.jdbc = jdbc;
		this.gateway = gateway;
		this.events = events;
		this.clock = clock;
		this.records = records;
		this.guard = guard;
		this.throttle = throttle;
		this.perAddress = perAddress;
		this.overall = overall;
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
		if (sms == null || holder.isEmpty() || throttle.refused(address)) {
			return;
		}
		// The limits below count, then insert: one sender at a time, or parallel requests
		// would each count the same and all be sent.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('identity.sms-code'))").query().singleRow();
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
		// Besides each number's own limit: per requesting address, and for the whole
		// platform (every message costs money and can be sent to someone who did not
		// ask).
		String source = LoginGuard.source(address);
		boolean limited = jdbc.sql("""
				SELECT count(*) FILTER (WHERE requested_from = :source) >= :perAddress OR count(*) >= :overall
				FROM identity_sms_code WHERE created_at > :hour""")
			.param("source", source)
			.param("perAddress", perAddress)
			.param("overall", overall)
			.param("hour", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Boolean.class)
			.single();
		if (limited) {
			// Counted like a failed login, so an address that keeps asking is soon turned
			// away altogether (and the audit log gets a bounded number of these).
			throttle.failed(address);
			events.publishEvent(
					AuditableEvent
						.succeeded(now, "anonymous", "identity.sms-code-refused", "account",
								holder.get().id().toString(), "发送短信验证码的次数已达上限（来源 " + source + "），未发送")
						.withOutcome(Outcome.DENIED)
						.withAddress(address));
			return;
		}
		// A new code ends the ones sent before.
		jdbc.sql(
				"UPDATE identity_sms_code SET expires_at = ? WHERE account_id = ? AND used_at IS NULL AND expires_at > ?")
			.params(Timestamp.from(now), holder.get().id(), Timestamp.from(now))
			.update();
		String code = String.format("%06d", random.nextInt(1_000_000));
		jdbc.sql("INSERT INTO identity_sms_code (id, account_id, code_hash, created_at, expires_at, requested_from) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), holder.get().id(), hash(holder.get().id(), code), Timestamp.from(now),
					Timestamp.from(now.plus(VALIDITY)), source)
			.update();
		sms.send(mobile, "【政务服务】您的登录验证码是 " + code + "，5 分钟内有效。请勿告诉他人。");
		events.publishEvent(AuditableEvent.succeeded(now, holder.get().username(), "identity.sms-code-sent", "account",
				holder.get().id().toString(), "发送登录验证码到 " + mobile.substring(0, 3) + "****" + mobile.substring(7))
			.withAddress(address));
	}

	@Override
	@Transactional
	public Optional<String> verify(String mobile, String code, @Nullable String address) {
		Optional<Holder> holder = holder(mobile);
		if (holder.isEmpty() || !code.matches("[0-9]{6}")) {
			throttle.failed(address);
			return Optional.empty();
		}
		Instant now = clock.instant();
		String source = LoginGuard.source(address);
		if (throttle.refused(address) || guard.blocked(holder.get().id(), source)) {
			return Optional.empty();
		}
		Optional<UUID> latest = jdbc.sql("""
				SELECT id FROM identity_sms_code WHERE account_id = ? AND used_at IS NULL AND expires_at > ?
				  AND attempts < ? ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
			.params(holder.get().id(), Timestamp.from(now), TRIES)
			.query(UUID.class)
			.optional();
		int used = latest.isEmpty() ? 0
				: jdbc.sql("UPDATE identity_sms_code SET used_at = ? WHERE id = ? AND code_hash = ?")
					.params(Timestamp.from(now), latest.get(), hash(holder.get().id(), code))
					.update();
		if (used == 0) {
			latest.ifPresent((id) -> jdbc.sql("UPDATE identity_sms_code SET attempts = attempts + 1 WHERE id = ?")
				.param(id)
				.update());
			// A wrong code is a wrong password: counted against its source and audited.
			throttle.failed(address);
			records.find(holder.get().id()).ifPresent((account) -> guard.failed(account, source, address, "短信验证码"));
			events
				.publishEvent(AuditableEvent
					.succeeded(now, "anonymous", "identity.sms-login-failed", "account", holder.get().id().toString(),
							"短信验证码不正确或已失效：" + holder.get().username())
					.withOutcome(Outcome.DENIED)
					.withAddress(address));
			return Optional.empty();
		}
		guard.succeeded(holder.get().id(), source);
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
