package org.zhengtong.notification.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.MailOutbox;

/**
 * The outbox and its sender. Each run takes the messages that are due (locked, so two
 * instances never send one twice), sends them, and on failure tries again later: after 1,
 * 2, 4 … minutes, at most every {@code zhengtong.mail.max-retry-interval}. Without an
 * SMTP server configured ({@code spring.mail.host}) messages wait in the outbox.
 */
@Service
class MailDispatch implements MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);

	/** What a confidential message's body becomes once sent. */
	static final String CLEARED = "（正文含一次性链接，发出后已清除）Contents with a one-time link, cleared once sent.";

	private static final int BATCH = 50;

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final Clock clock;

	private final String from;

	private final Duration maxRetryInterval;

	MailDispatch(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, Clock clock,
			@Value("${zhengtong.mail.from:noreply@localhost}") String from,
			@Value("${zhengtong.mail.max-retry-interval:PT6H}") Duration maxRetryInterval) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.clock = clock;
		this.from = from;
		this.maxRetryInterval = maxRetryInterval;
	}

	@Override
	@Transactional
	public void queue(String recipient, String subject, String body) {
		insert(recipient, subject, body, false);
	}

	@Override
	@Transactional
	public void queueConfidential(String recipient, String subject, String body) {
		insert(recipient, subject, body, true);
	}

	private void insert(String recipient, String subject, String body, boolean confidential) {
		Instant now = clock.instant();
		jdbc.sql("""
				INSERT INTO notification_mail (id, recipient, subject, body, created_at, next_attempt_at, confidential)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), recipient, subject, body, Timestamp.from(now), Timestamp.from(now), confidential)
			.update();
	}

	@Scheduled(fixedDelayString = "${zhengtong.mail.send-interval:PT30S}",
			initialDelayString = "${zhengtong.mail.send-interval:PT30S}")
	@SchedulerLock(name = "notification.send-mail", lockAtMostFor = "PT10M")
	@Transactional // sendDue is called on this object, past its proxy: the batch's row
					// locks need this one
	void scheduled() {
		sendDue();
	}

	record Due(UUID id, String recipient, String subject, String body, int attempts) {
	}

	/** Sends what is due now. @return how many were sent */
	@Transactional
	int sendDue() {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				SELECT id, recipient, subject, body, attempts FROM notification_mail
				WHERE sent_at IS NULL AND next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?
				FOR UPDATE SKIP LOCKED""").params(Timestamp.from(now), BATCH).query(Due.class).list();
		int sent = 0;
		for (Due message : due) {
			try {
				mail.send(message(message));
				jdbc.sql("UPDATE notification_mail SET sent_at = ?, attempts = attempts + 1, last_error = NULL, "
						+ "body = CASE WHEN confidential THEN ? ELSE body END WHERE id = ?")
					.params(Timestamp.from(clock.instant()), CLEARED, message.id())
					.update();
				sent++;
			}
			catch (MailException ex) {
				Duration wait = retryAfter(message.attempts() + 1);
				log.warn("Could not send mail {} (attempt {}), trying again in {}: {}", message.id(),
						message.attempts() + 1, wait, ex.getMessage());
				jdbc.sql("UPDATE notification_mail SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
						+ "WHERE id = ?")
					.params(Timestamp.from(clock.instant().plus(wait)), String.valueOf(ex.getMessage()), message.id())
					.update();
			}
		}
		return sent;
	}

	/** 1, 2, 4 … minutes after the n-th failure, capped. */
	Duration retryAfter(int failures) {
		Duration wait = Duration.ofMinutes(1L << Math.min(failures - 1, 20));
		return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
	}

	private SimpleMailMessage message(Due due) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(due.recipient());
		message.setSubject(due.subject());
		message.setText(due.body());
		return message;
	}

}
