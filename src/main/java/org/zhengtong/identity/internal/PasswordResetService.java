package org.zhengtong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.PasswordPolicy;
import org.zhengtong.identity.PasswordResets;
import org.zhengtong.platform.MailOutbox;
import org.zhengtong.platform.PlatformProperties;

@Service
class PasswordResetService implements PasswordResets {

	private final JdbcClient jdbc;

	private final AccountRecords records;

	private final PasswordEncoder passwords;

	private final MailOutbox mail;

	private final PlatformProperties platform;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	private final int perHour;

	private final SecureRandom random = new SecureRandom();

	PasswordResetService(JdbcClient jdbc, AccountRecords records, PasswordEncoder passwords, MailOutbox mail,
			PlatformProperties platform, ApplicationEventPublisher events, Clock clock,
			@Value("${zhengtong.password.reset-validity:PT30M}") Duration validity,
			@Value("${zhengtong.password.resets-per-hour:3}") int perHour) {
		this.jdbc = jdbc;
		this.records = records;
		this.passwords = passwords;
		this.mail = mail;
		this.platform = platform;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
		this.perHour = perHour;
	}

	record Holder(UUID id, String username, String email) {
	}

	@Override
	@Transactional
	public void request(String usernameOrEmail, String address) {
		String wanted = usernameOrEmail.strip();
		// One person's user name may be another person's e-mail address: each holder
		// found
		// gets the link to their own account at their own address, never someone else's.
		List<Holder> holders = jdbc.sql("""
				SELECT id, username, email FROM identity_account
				WHERE (lower(username) = lower(:wanted) OR lower(email) = lower(:wanted))
				  AND kind <> 'STAFF' AND active AND email IS NOT NULL
				ORDER BY id FOR UPDATE""").param("wanted", wanted).query(Holder.class).list();
		holders.forEach((holder) -> send(holder, address));
	}

	private void send(Holder holder, String address) {
		Instant now = clock.instant();
		int recent = jdbc.sql("SELECT count(*) FROM identity_reset_token WHERE account_id = ? AND created_at > ?")
			.params(holder.id(), Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Integer.class)
			.single();
		if (recent >= perHour) {
			return;
		}
		byte[] token = new byte[32];
		random.nextBytes(token);
		String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
		jdbc.sql(
				"INSERT INTO identity_reset_token (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(hash(text), holder.id(), Timestamp.from(now), Timestamp.from(now.plus(validity)))
			.update();
		String link = platform.absolute("/password/reset?token=" + text).toString();
		long minutes = validity.toMinutes();
		// Confidential: the outbox forgets the link once the SMTP server has it.
		mail.queueConfidential(holder.email(), "重设密码 · Reset your password",
				"""
						您好，%1$s：

						有人（希望是您本人）请求重设您在政务服务平台的账户密码。请在 %2$d 分钟内打开下面的链接设置新密码，链接只能使用一次：

						%3$s

						如果不是您本人操作，请忽略本邮件，您的密码不会改变。

						Someone (we hope you) asked to reset the password of your account %1$s. Open the link above within %2$d minutes to choose a new password; it works once. If it was not you, ignore this e-mail: your password stays as it is.
						"""
					.formatted(holder.username(), minutes, link));
		events.publishEvent(
				AuditableEvent
					.succeeded(now, holder.username(), "identity.password-reset-requested", "account",
							holder.id().toString(), "发送重设密码链接到 " + masked(holder.email()))
					.withAddress(address));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean usable(String token) {
		return valid(token).isPresent();
	}

	@Override
	@Transactional
	public void reset(String token, String newPassword) {
		UUID account = valid(token).orElseThrow(AccountRefused::resetLinkInvalid);
		String username = jdbc.sql("SELECT username FROM identity_account WHERE id = ?")
			.param(account)
			.query(String.class)
			.single();
		PasswordPolicy.check(username, newPassword);
		records.find(account)
			.map(AccountRecords.Account::passwordHash)
			.filter((current) -> passwords.matches(newPassword, current))
			.ifPresent((current) -> {
				throw AccountRefused.samePassword();
			});
		int spent = jdbc.sql("UPDATE identity_reset_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
			.params(Timestamp.from(clock.instant()), hash(token))
			.update();
		if (spent != 1) {
			throw AccountRefused.resetLinkInvalid();
		}
		// Any other link sent earlier dies with this one.
		jdbc.sql("UPDATE identity_reset_token SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
			.params(Timestamp.from(clock.instant()), account)
			.update();
		records.setPassword(account, passwords.encode(newPassword), false, clock.instant());
		records.unlock(username);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), username, "identity.password-reset-by-mail",
				"account", account.toString(), username + " 通过邮件链接重设了密码"));
	}

	private Optional<UUID> valid(String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc
			.sql("SELECT account_id FROM identity_reset_token WHERE token_hash = ? AND used_at IS NULL "
					+ "AND expires_at > ?")
			.params(hash(token), Timestamp.from(clock.instant()))
			.query(UUID.class)
			.optional();
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** w***@example.com, for the audit log. */
	private static String masked(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

}
