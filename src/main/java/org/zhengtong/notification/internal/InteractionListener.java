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
import org.zhengtong.interaction.DisclosureContacts;
import org.zhengtong.interaction.DisclosureContacts.DisclosureApplicant;
import org.zhengtong.interaction.DisclosureCorrectionNoticed;
import org.zhengtong.interaction.DisclosureExtended;
import org.zhengtong.interaction.DisclosureLetterSealed;
import org.zhengtong.interaction.DisclosureRequestAnswered;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterContacts;
import org.zhengtong.interaction.LetterContacts.LetterWriter;
import org.zhengtong.interaction.LetterUrged;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestEscalated;
import org.zhengtong.interaction.RequestRated;
import org.zhengtong.interaction.RequestRejected;
import org.zhengtong.interaction.RequestSubmitted;
import org.zhengtong.platform.PlatformProperties;

/**
 * Who hears what happens to letters and disclosure requests (互动交流). The writer: that it
 * arrived, was routed, was refused (不予受理, with the reason) and was answered — in their
 * message centre (and by e-mail or SMS as they chose) when they have an account;
 * otherwise, of its arrival, refusal and answer, by e-mail or else SMS if they gave an
 * address, and never with the 查询码. A disclosure applicant hears the same way of a 补正
 * notice (what to correct, by when), an approved extension (the new due day and why) and
 * the answer (its type). The unit: 催办 when a reply is due soon and when it is overdue
 * (the handler who took the letter, or the unit's handlers while nobody has, and the
 * unit's leaders, once each), a rating of its reply (its leaders) and a 督办 mark (its
 * handlers and leaders).
 */
@Component
class InteractionListener {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Where a writer with an account follows their letters. */
	static final String MY_LETTERS = "/my/letters/";

	/** Where an anonymous writer follows a letter (by number and 查询码). */
	static final String FOLLOW = "/interaction";

	/**
	 * Where an applicant follows a disclosure request: signed in, their own requests are
	 * listed; otherwise by number and 查询码.
	 */
	static final String DISCLOSURE_FOLLOW = "/interaction/disclosure/follow";

	private final LetterContacts letters;

	private final DisclosureContacts applicants;

	private final AccountContacts accounts;

	private final ObjectProvider<TaskHolders> holders;

	private final Notifier notifier;

	private final ZoneId zone;

	InteractionListener(LetterContacts letters, DisclosureContacts applicants, AccountContacts accounts,
			ObjectProvider<TaskHolders> holders, Notifier notifier, PlatformProperties platform) {
		this.letters = letters;
		this.applicants = applicants;
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
	void on(RequestRejected rejected) {
		letters.writerOf(rejected.requestId())
			.ifPresent((writer) -> tellWriter(writer, NotificationType.LETTER_REJECTED, true,
					"letter-rejected:" + writer.requestId(), writer.number(), writer.title(), rejected.reason()));
	}

	@ApplicationModuleListener
	void on(DisclosureCorrectionNoticed noticed) {
		applicants.applicantOf(noticed.requestId())
			.ifPresent((applicant) -> tellApplicant(applicant, NotificationType.DISCLOSURE_CORRECTION,
					"disclosure-correction:" + applicant.requestId(), applicant.number(), noticed.items(),
					noticed.correctBy().toString()));
	}

	@ApplicationModuleListener
	void on(DisclosureExtended extended) {
		applicants.applicantOf(extended.requestId())
			.ifPresent((applicant) -> tellApplicant(applicant, NotificationType.DISCLOSURE_EXTENDED,
					"disclosure-extended:" + applicant.requestId(), applicant.number(), extended.dueOn().toString(),
					extended.reason(), extended.days()));
	}

	@ApplicationModuleListener
	void on(DisclosureRequestAnswered answered) {
		applicants.applicantOf(answered.requestId())
			.ifPresent((applicant) -> tellApplicant(applicant, NotificationType.DISCLOSURE_ANSWERED,
					"disclosure-answered:" + applicant.requestId(), applicant.number(),
					new DefaultMessageSourceResolvable(
							new String[] { "interaction.disclosure.reply." + answered.replyType() },
							answered.replyType())));
	}

	@ApplicationModuleListener
	void on(DisclosureLetterSealed sealed) {
		applicants.applicantOf(sealed.requestId())
			.ifPresent((applicant) -> tellApplicant(applicant, NotificationType.DISCLOSURE_LETTER_SEALED,
					"disclosure-letter-sealed:" + applicant.requestId(), applicant.number()));
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

	/**
	 * Tells a disclosure applicant: through their account, or at the e-mail address (else
	 * the telephone) they gave, never with the 查询码.
	 */
	private void tellApplicant(DisclosureApplicant applicant, NotificationType type, String key, Object... arguments) {
		Notice notice = new Notice(type, key, arguments, DISCLOSURE_FOLLOW);
		UUID account = applicant.accountId();
		if (account != null) {
			notifier.tell(account, notice);
		}
		else {
			notifier.tellContact(applicant.email(), applicant.phone(), notice);
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
