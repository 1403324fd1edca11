package org.zhengtong.notification.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.platform.MailOutbox;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.SmsGateway;

/**
 * Tells one person one thing, through the channels they chose for its type, in their
 * language: a message in their centre, an e-mail through the outbox (or a line in the
 * next daily digest), a text message. A notice whose key they were already told is
 * dropped, so a redelivered event reaches nobody twice.
 */
@Service
public class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	static final int TITLE_LIMIT = 300;

	static final int BODY_LIMIT = 4000;

	private final AccountContacts contacts;

	private final PreferenceRecords preferences;

	private final Messages messages;

	private final MessageSource texts;

	private final MailOutbox outbox;

	private final SmsGateway sms;

	private final PlatformProperties platform;

	private final Clock clock;

	Notifier(AccountContacts contacts, PreferenceRecords preferences, Messages messages, MessageSource texts,
			MailOutbox outbox, SmsGateway sms, PlatformProperties platform, Clock clock) {
		this.contacts = contacts;
		this.preferences = preferences;
		this.messages = messages;
		this.texts = texts;
		this.outbox = outbox;
		this.sms = sms;
		this.platform = platform;
		this.clock = clock;
	}

	/** Tells the account, unless it is gone, deactivated, or was told this already. */
	@Transactional
	public void tell(UUID recipient, Notice notice) {
		AccountContact contact = contacts.byId(recipient).orElse(null);
		if (contact == null || !contact.active()
				|| messages.existsByRecipientIdAndEventKey(recipient, notice.eventKey())) {
			return;
		}
		Channels channels = preferences.channelsOf(recipient).get(notice.type());
		if (!channels.any()) {
			return;
		}
		Settings settings = preferences.settingsOf(recipient);
		Locale locale = settings.locale();
		String title = cut(texts.getMessage(notice.type().titleKey(), notice.arguments(), locale), TITLE_LIMIT);
		String body = cut(texts.getMessage(notice.type().bodyKey(), notice.arguments(), locale), BODY_LIMIT);
		boolean email = channels.email() && contact.email() != null;
		messages.save(new Message(recipient, notice.type(), notice.eventKey(), title, body, notice.link(),
				clock.instant(), channels.inApp(), email && settings.dailyDigest()));
		if (email && !settings.dailyDigest()) {
			outbox.queue(contact.email(), title, mailBody(body, notice.link(), locale));
		}
		if (channels.sms() && contact.mobile() != null) {
			String mobile = contact.mobile();
			afterCommit(() -> send(mobile, title));
		}
	}

	/**
	 * Tells someone without an account (a letter's anonymous writer) at the address they
	 * gave, in Chinese: by e-mail when they gave one, else by text message; nothing
	 * without either. The e-mail goes through the outbox in the caller's transaction, the
	 * text message after it commits.
	 */
	@Transactional
	public void tellContact(@Nullable String email, @Nullable String mobile, Notice notice) {
		Locale locale = Settings.DEFAULT.locale();
		String title = cut(texts.getMessage(notice.type().titleKey(), notice.arguments(), locale), TITLE_LIMIT);
		String body = cut(texts.getMessage(notice.type().bodyKey(), notice.arguments(), locale), BODY_LIMIT);
		if (email != null && !email.isBlank()) {
			outbox.queue(email.strip(), title, mailText(body, notice.link(), locale));
		}
		else if (mobile != null && !mobile.isBlank()) {
			String number = mobile.strip();
			afterCommit(() -> send(number, title));
		}
	}

	/**
	 * The e-mail text: the message, the page it leads to, and where to change what one
	 * hears.
	 */
	String mailBody(String body, @Nullable String link, Locale locale) {
		return mailText(body, link, locale) + "\n" + texts.getMessage("notification.mail.footer", null, locale);
	}

	/** A message as an e-mail shows it: its text and the absolute address of its page. */
	String mailText(String body, @Nullable String link, Locale locale) {
		StringBuilder text = new StringBuilder(body).append("\n");
		if (link != null) {
			text.append(texts.getMessage("notification.mail.link", new Object[] { platform.absolute(link) }, locale))
				.append("\n");
		}
		return text.toString();
	}

	private void send(String mobile, String text) {
		try {
			sms.send(mobile, text);
		}
		catch (IllegalStateException ex) {
			log.warn("Could not send a notification by SMS: {}", ex.getMessage());
		}
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

	static String cut(String text, int limit) {
		return text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
	}

}
