package org.zhengtong.notification.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;

/**
 * 通知设置: what a person hears, through which channels, in which language, and whether
 * e-mails come as one daily digest. A change is audited.
 */
@Service
public class NotificationPreferences {

	private final PreferenceRecords records;

	private final AccountContacts contacts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NotificationPreferences(PreferenceRecords records, AccountContacts contacts, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/** The person's choices (the defaults where they chose nothing). */
	public record Choices(Map<NotificationType, Channels> channels, Settings settings) {
	}

	public Optional<Choices> of(String username) {
		return contacts.byUsername(username)
			.map(AccountContact::id)
			.map((account) -> new Choices(records.channelsOf(account), records.settingsOf(account)));
	}

	/** Saves the person's choices. @return false for a name without account */
	@Transactional
	public boolean save(String username, Choices choices) {
		Optional<UUID> account = contacts.byUsername(username).map(AccountContact::id);
		if (account.isEmpty()) {
			return false;
		}
		Choices before = new Choices(records.channelsOf(account.get()), records.settingsOf(account.get()));
		records.save(account.get(), choices.channels(), choices.settings());
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), username, "notification.preferences-changed", "account",
					account.get().toString(), "通知设置已更改 Notification preferences changed")
			.withChange(describe(before), describe(choices)));
		return true;
	}

	private static String describe(Choices choices) {
		StringBuilder text = new StringBuilder();
		choices.channels().forEach((type, channels) -> text.append(type).append('=').append(channels).append("; "));
		return text.append("locale=")
			.append(choices.settings().locale().getLanguage())
			.append("; digest=")
			.append(choices.settings().dailyDigest())
			.toString();
	}

}
