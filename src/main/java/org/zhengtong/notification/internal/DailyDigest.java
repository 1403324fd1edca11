package org.zhengtong.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.platform.MailOutbox;

/**
 * 每日摘要: for each person who takes a digest, one e-mail a day listing the messages that
 * came since the last one; nothing when there were none. Runs at
 * {@code zhengtong.notification.digest-cron} (18:00 by default, in the platform's zone),
 * on one instance at a time; a second run the same day sends nothing more.
 */
@Service
class DailyDigest {

	private final MessageRecords records;

	private final PreferenceRecords preferences;

	private final AccountContacts contacts;

	private final MailOutbox outbox;

	private final MessageSource texts;

	private final Notifier notifier;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyDigest(MessageRecords records, PreferenceRecords preferences, AccountContacts contacts, MailOutbox outbox,
			MessageSource texts, Notifier notifier, TransactionTemplate transactions, Clock clock) {
		this.records = records;
		this.preferences = preferences;
		this.contacts = contacts;
		this.outbox = outbox;
		this.texts = texts;
		this.notifier = notifier;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${zhengtong.notification.digest-cron:0 0 18 * * *}",
			zone = "${zhengtong.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = "notification.daily-digest", lockAtMostFor = "PT30M")
	void scheduled() {
		send();
	}

	/** Sends today's digests. @return how many e-mails were queued */
	int send() {
		Instant now = clock.instant();
		LocalDate day = LocalDate.ofInstant(now, clock.getZone());
		int sent = 0;
		for (UUID reader : records.digestReaders(now)) {
			Boolean queued = transactions.execute((status) -> digest(reader, day, now));
			sent += Boolean.TRUE.equals(queued) ? 1 : 0;
		}
		return sent;
	}

	private boolean digest(UUID reader, LocalDate day, Instant now) {
		List<MessageRecords.DigestLine> lines = records.takeForDigest(reader, now);
		AccountContact contact = contacts.byId(reader).orElse(null);
		if (lines.isEmpty()) {
			return false;
		}
		if (contact == null || contact.email() == null || !contact.active()) {
			// Nowhere to send them: they stay in the message centre only.
			records.markDigested(lines.stream().map(MessageRecords.DigestLine::id).toList(), now);
			return false;
		}
		if (!records.recordDigest(reader, day, now, lines.size())) {
			return false;
		}
		records.markDigested(lines.stream().map(MessageRecords.DigestLine::id).toList(), now);
		Locale locale = preferences.settingsOf(reader).locale();
		Object[] arguments = { day.toString(), lines.size() };
		StringBuilder body = new StringBuilder(texts.getMessage("notification.digest.intro", arguments, locale))
			.append("\n\n");
		for (MessageRecords.DigestLine line : lines) {
			body.append("■ ")
				.append(line.title())
				.append("\n")
				.append(notifier.mailText(line.body(), line.link(), locale))
				.append("\n");
		}
		body.append(texts.getMessage("notification.mail.footer", null, locale));
		outbox.queue(contact.email(), texts.getMessage("notification.digest.subject", arguments, locale),
				body.toString());
		return true;
	}

}
