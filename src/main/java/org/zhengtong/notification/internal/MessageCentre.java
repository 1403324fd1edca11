package org.zhengtong.notification.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.platform.UnreadMessageCounter;

/**
 * 消息中心: a person's own messages, unread first; opening one marks it read. Another
 * person's message is not found. Reading is not audited (nothing changes but a mark).
 */
@Service
public class MessageCentre implements UnreadMessageCounter {

	/** Messages on a page. */
	public static final int PAGE_SIZE = 20;

	private final Messages messages;

	private final MessageRecords records;

	private final AccountContacts contacts;

	private final Clock clock;

	MessageCentre(Messages messages, MessageRecords records, AccountContacts contacts, Clock clock) {
		this.messages = messages;
		this.records = records;
		this.contacts = contacts;
		this.clock = clock;
	}

	/**
	 * The person's messages, page {@code page} (from 0); empty for a name without
	 * account.
	 */
	@Transactional(readOnly = true)
	public Page<Message> list(String username, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		return account(username).map((account) -> messages.listOf(account, request)).orElse(Page.empty(request));
	}

	/**
	 * Opens one of the person's messages, marking it read; empty when it is not theirs.
	 */
	@Transactional
	public Optional<Message> open(String username, UUID id) {
		return account(username).flatMap((account) -> messages.findByIdAndRecipientIdAndInAppTrue(id, account))
			.map((message) -> {
				message.read(clock.instant());
				return message;
			});
	}

	/** Marks all the person's messages read. @return how many were unread */
	@Transactional
	public int readAll(String username) {
		return account(username).map((account) -> records.markAllRead(account, clock.instant())).orElse(0);
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadMessages(Authentication user) {
		return account(user.getName()).map(messages::countByRecipientIdAndInAppTrueAndReadAtIsNull).orElse(0L);
	}

	@Override
	public String messagesPath(Authentication user) {
		boolean staff = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_STAFF".equals(authority.getAuthority()));
		return staff ? "/workbench/messages" : "/my/messages";
	}

	private Optional<UUID> account(String username) {
		return contacts.byUsername(username).map(AccountContact::id);
	}

}
