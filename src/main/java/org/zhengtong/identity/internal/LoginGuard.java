package org.zhengtong.identity.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.Role;

/**
 * Wrong credentials, counted so that nobody can keep someone else out (issue 15, "lockout
 * as a weapon"). A failure counts against the account <em>from its source</em>: the
 * client's address (an IPv6 address by its /64, which one subscriber holds whole), or
 * {@value #CERTIFICATE} when the attempt presents the account's own valid login
 * certificate. After {@code zhengtong.login.max-failures} failures within
 * {@code zhengtong.login.lock-duration}, that source is refused for that account for the
 * same duration — before any password is hashed — and every other source still gets in.
 * Only when {@code zhengtong.login.lock-after-sources} different sources are blocked at
 * once is the account locked for password logins from everywhere, and never an account of
 * the three administrators (三员), whose certificate and password always get through.
 * Counting is one upsert per failure in a transaction of its own (a refused action rolls
 * back, its count stays), so parallel failures block exactly once, with one audit entry,
 * itself written apart ({@link AuditManagement#recordApart}).
 */
@Component
class LoginGuard {

	/** The source of attempts that present the account's own valid login certificate. */
	static final String CERTIFICATE = "certificate";

	private final JdbcClient jdbc;

	private final AuditManagement audit;

	private final TransactionTemplate apart;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	private final int lockAfterSources;

	LoginGuard(JdbcClient jdbc, AuditManagement audit, PlatformTransactionManager transactions, Clock clock,
			@Value("${zhengtong.login.max-failures:5}") int maxFailures,
			@Value("${zhengtong.login.lock-duration:PT15M}") Duration lockDuration,
			@Value("${zhengtong.login.lock-after-sources:10}") int lockAfterSources) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
		this.lockAfterSources = lockAfterSources;
	}

	/**
	 * The source an address counts as: IPv4 as it is, IPv6 by its /64; {@code unknown}
	 * when there is no address (calls from inside the platform).
	 */
	static String source(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		if (!address.contains(":")) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return address.length() > 64 ? address.substring(0, 64) : address;
		}
	}

	/** Whether this source is refused for this account for now (asked before hashing). */
	boolean blocked(UUID account, String source) {
		return jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM identity_login_failure WHERE account_id = ? AND source = ? "
					+ "AND blocked_until > ?)")
			.params(account, source, Timestamp.from(clock.instant()))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Counts one wrong password, SMS code or current password of {@code account} from
	 * {@code source}, in a transaction of its own; audits the block it causes, and the
	 * account-wide lock when enough sources are blocked (not for administrators).
	 * @param what what was wrong, for the audit entry ("密码", "短信验证码")
	 */
	void failed(AccountRecords.Account account, String source, @Nullable String address, String what) {
		Instant now = clock.instant();
		Instant until = now.plus(lockDuration);
		Outcome result = apart.execute((status) -> {
			int failures = jdbc
				.sql("""
						INSERT INTO identity_login_failure AS f (account_id, source, failures, first_at)
						VALUES (:account, :source, 1, :now)
						ON CONFLICT (account_id, source) DO UPDATE SET
						    failures = CASE WHEN f.blocked_until <= :now OR (f.blocked_until IS NULL AND f.first_at <= :start)
						                    THEN 1 ELSE f.failures + 1 END,
						    first_at = CASE WHEN f.blocked_until <= :now OR (f.blocked_until IS NULL AND f.first_at <= :start)
						                    THEN :now ELSE f.first_at END,
						    blocked_until = CASE WHEN f.blocked_until <= :now OR (f.blocked_until IS NULL AND f.first_at <= :start)
						                         THEN NULL
						                         WHEN f.blocked_until IS NULL AND f.failures + 1 >= :threshold THEN :until
						                         ELSE f.blocked_until END
						RETURNING failures""")
				.param("account", account.id())
				.param("source", source)
				.param("now", Timestamp.from(now))
				.param("start", Timestamp.from(now.minus(lockDuration)))
				.param("until", Timestamp.from(until))
				.param("threshold", maxFailures)
				.query(Integer.class)
				.single();
			if (failures != maxFailures) {
				return null;
			}
			if (account.roles().stream().noneMatch(Role::administrator)
					&& blockedSources(account.id(), now) >= lockAfterSources
					&& jdbc.sql("""
							UPDATE identity_account SET locked_until = ?
							WHERE id = ? AND (locked_until IS NULL OR locked_until <= ?)""")
						.params(Timestamp.from(until), account.id(), Timestamp.from(now))
						.update() == 1) {
				return Outcome.FAILED;
			}
			return Outcome.DENIED;
		});
		if (result == null) {
			return;
		}
		audit.recordApart(AuditableEvent
			.succeeded(now, Actor.PLATFORM.name(), "identity.login-blocked", "account", account.username(),
					"来自 " + source + " 的" + what + "连续错误 " + maxFailures + " 次：该来源对账户 " + account.username() + " 暂停 "
							+ lockDuration.toMinutes() + " 分钟，其他来源不受影响")
			.withOutcome(Outcome.DENIED)
			.withAddress(address));
		if (result == Outcome.FAILED) {
			audit.recordApart(
					AuditableEvent
						.succeeded(now, Actor.PLATFORM.name(), "identity.account-locked", "account", account.username(),
								lockAfterSources + " 个不同来源都因错误过多被暂停：账户 " + account.username() + " 的密码登录锁定 "
										+ lockDuration.toMinutes() + " 分钟（证书登录不受影响）")
						.withAddress(address));
		}
	}

	private int blockedSources(UUID account, Instant now) {
		return jdbc
			.sql("SELECT count(*) FROM identity_login_failure WHERE account_id = ? AND blocked_until > ? "
					+ "AND source <> ?")
			.params(account, Timestamp.from(now), CERTIFICATE)
			.query(Integer.class)
			.single();
	}

	/** A right password from this source: its count starts afresh. */
	void succeeded(UUID account, String source) {
		jdbc.sql("DELETE FROM identity_login_failure WHERE account_id = ? AND source = ?")
			.params(account, source)
			.update();
	}

	/** Counts that have run out; deleting them twice (two instances) does no harm. */
	@Scheduled(fixedDelay = 600_000, initialDelay = 600_000)
	void forgetExpired() {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("DELETE FROM identity_login_failure WHERE coalesce(blocked_until, first_at + ?::interval) <= ?")
			.params(lockDuration.toSeconds() + " seconds", now)
			.update();
	}

}
