package org.zhengtong.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.TaskHolders;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterContacts;
import org.zhengtong.interaction.LetterContacts.LetterWriter;
import org.zhengtong.interaction.LetterUrged;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestEscalated;
import org.zhengtong.interaction.RequestRated;
import org.zhengtong.interaction.RequestSubmitted;
import org.zhengtong.platform.PlatformProperties;

/**
 * Who hears what happens to letters (互动交流). The writer: that it arrived, was routed and
 * was answered — in their message centre (and by e-mail or SMS as they chose) when they
 * have an account; otherwise, of its arrival and its answer, by e-mail or else SMS if
 * they gave an address, and never with the 查询码. The unit: 催办 when a reply is due soon and
 * when it is overdue (the handler who took the letter, or the unit's handlers while
 * nobody has, and the unit's leaders, once each), a rating of its reply (its leaders) and
 * a 督办 mark (its handlers and leaders).
 */
@Component
class InteractionListener {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Where a writer with an account follows their letters. */
	static final String MY_LETTERS = "/my/letters/";

	/** Where an anonymous writer follows a letter (by number and 查询码). */
	static final String FOLLOW = "/interaction";

	private final LetterContacts letters;

	private final AccountContacts accounts;

	private final ObjectProvider<TaskHolders> holders;

	private final Notifier notifier;

	private final ZoneId zone;

	InteractionListener(LetterContacts letters, AccountContacts accounts, ObjectProvider<TaskHolders> holders,
			Notifier notifier, PlatformProperties platform) {
		this.letters = letters;
		this.accounts = accounts;
		this.holders = holders;
		this.notifier = notifier;
		this.zone = platform.timeZone();
	}

	@ApplicationModuleListener
	void on(RequestSubmitted submitted) {
		letters.writerOf(submitted.requestId())
			.ifPresent((writer) -> tellWriter(writer, NotificationType.LETTER_RECEIVED, true,
					"letter-received:" + writer.requestId(), writer.number(), writer.title()));
	}

	@ApplicationModuleListener
	void on(RequestAssigned assigned) {
		letters.writerOf(assigned.requestId())
			.ifPresent((writer) -> tellWriter(writer, NotificationType.LETTER_ASSIGNED, false,
					"letter-assigned:" + writer.requestId() + ":" + assigned.unitId(), writer.number(), writer.title(),
					due(assigned.dueAt())));
	}

	@ApplicationModuleListener
	void on(ReplySent sent) {
		letters.writerOf(sent.requestId())
			.ifPresent((writer) -> tellWriter(writer, NotificationType.LETTER_REPLIED, true,
					"letter-replied:" + writer.requestId() + ":" + sent.repliedAt().getEpochSecond(), writer.number(),
					writer.title()));
	}

	@ApplicationModuleListener
	void on(LetterUrged urged) {
		Set<UUID> people = new LinkedHashSet<>();
		if (urged.handler() != null) {
			accounts.byUsername(urged.handler()).ifPresent((handler) -> people.add(handler.id()));
		}
		else {
			people.addAll(holders(urged.unitId(), InteractionRoles.HANDLE));
		}
		people.addAll(holders(urged.unitId(), InteractionRoles.APPROVE));
		Notice notice = new Notice(urged.overdue() ? NotificationType.LETTER_OVERDUE : NotificationType.LETTER_DUE_SOON,
				"letter-urged:" + urged.requestId() + ":" + (urged.overdue() ? "overdue" : "due-soon") + ":"
						+ urged.dueAt().getEpochSecond(),
				new Object[] { urged.number(), urged.title(), due(urged.dueAt()) },
				"/workbench/letters/" + urged.requestId());
		people.forEach((person) -> notifier.tell(person, notice));
	}

	@ApplicationModuleListener
	void on(RequestRated rated) {
		letters.writerOf(rated.requestId()).ifPresent((writer) -> {
			UUID unit = writer.replyUnitId();
			if (unit == null) {
				return;
			}
			Notice notice = new Notice(NotificationType.LETTER_RATED,
					"letter-rated:" + rated.requestId() + ":" + rated.ratedAt().getEpochSecond(),
					new Object[] { writer.number(), writer.title(),
							new DefaultMessageSourceResolvable("notification.letterRating." + rated.level()) },
					"/workbench/letters/" + rated.requestId());
			holders(unit, InteractionRoles.APPROVE).forEach((person) -> notifier.tell(person, notice));
		});
	}

	@ApplicationModuleListener
	void on(RequestEscalated escalated) {
		UUID unit = escalated.unitId();
		if (unit == null) {
			return;
		}
		Set<UUID> people = new LinkedHashSet<>(holders(unit, InteractionRoles.HANDLE));
		people.addAll(holders(unit, InteractionRoles.APPROVE));
		Notice notice = new Notice(NotificationType.LETTER_ESCALATED,
				"letter-escalated:" + escalated.requestId() + ":" + escalated.escalatedAt().getEpochSecond(),
				new Object[] { escalated.number(), escalated.title(), escalated.reason() },
				"/workbench/letters/" + escalated.requestId());
		people.forEach((person) -> notifier.tell(person, notice));
	}

	/**
	 * Tells the writer: through their account, or, when {@code anonymousToo}, at the
	 * address an anonymous writer gave.
	 */
	private void tellWriter(LetterWriter writer, NotificationType type, boolean anonymousToo, String key,
			Object... arguments) {
		UUID account = writer.accountId();
		if (account != null) {
			notifier.tell(account, new Notice(type, key, arguments, MY_LETTERS + writer.requestId()));
		}
		else if (anonymousToo) {
			notifier.tellContact(writer.email(), writer.phone(), new Notice(type, key, arguments, FOLLOW));
		}
	}

	private Set<UUID> holders(UUID unit, String permission) {
		TaskHolders found = holders.getIfAvailable();
		return found == null ? Set.of() : found.holdersOf("unit:" + unit + ":" + permission);
	}

	private String due(@Nullable Instant at) {
		return at == null ? "" : DUE.format(at.atZone(zone));
	}

}
