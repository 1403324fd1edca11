package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.AccountContact;
import org.zhengtong.identity.AccountContacts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.ReplyRefused;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.Refusal;

/**
 * 办理 and 答复 in the unit a letter is routed to: a handler takes it (the unit's task
 * becomes theirs), drafts the reply (from a template of the unit, if they like) and
 * submits it to the unit's leaders (答复审核人), one of whom approves it — the reply is sent,
 * the reply clock stops, the unit's assignment ends ANSWERED and the letters merged into
 * it get the same reply — or returns it with an opinion to the handler.
 * <p>
 * Each command is one transaction: the letter, its case in the core and the audit entry
 * change together. A refusal changes nothing and leaves a DENIED audit entry of its own;
 * someone who may not see the letter is told it does not exist.
 */
@Service
public class LetterHandling {

	/** The longest reply (the letter's own limit). */
	public static final int REPLY_LIMIT = 5000;

	/** The longest opinion (意见), as the core keeps it. */
	public static final int OPINION_LIMIT = 2000;

	private final Letters letters;

	private final LetterAccess access;

	private final LetterCases cases;

	private final Casework casework;

	private final Deadlines deadlines;

	private final UnitLetterRecords records;

	private final ReplyTemplates templates;

	private final AccountContacts accounts;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final AuditManagement audit;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	LetterHandling(Letters letters, LetterAccess access, LetterCases cases, Casework casework, Deadlines deadlines,
			UnitLetterRecords records, ReplyTemplates templates, AccountContacts accounts, UnitManagement units,
			ApplicationEventPublisher events, AuditManagement audit, EntityManager entities,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.letters = letters;
		this.access = access;
		this.cases = cases;
		this.casework = casework;
		this.deadlines = deadlines;
		this.records = records;
		this.templates = templates;
		this.accounts = accounts;
		this.units = units;
		this.events = events;
		this.audit = audit;
		this.entities = entities;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** What the reader may do with the letter in its unit now (the page's buttons). */
	public record Allowed(boolean take, boolean draft, boolean decide) {

		public boolean any() {
			return take || draft || decide;
		}

	}

	/** What {@code username} may do with the letter in its unit now. */
	public Allowed allowed(Letter letter, String username) {
		boolean handler = access.inUnit(username, letter.unitId(), InteractionRoles.HANDLE);
		RequestState state = letter.state();
		boolean take = handler && (state == RequestState.ASSIGNED || state == RequestState.REOPENED);
		boolean draft = handler && state == RequestState.IN_PROGRESS && username.equals(letter.handlerUsername());
		boolean decide = state == RequestState.REPLY_REVIEW
				&& access.inUnit(username, letter.unitId(), InteractionRoles.APPROVE)
				&& !username.equals(letter.handlerUsername());
		return new Allowed(take, draft, decide);
	}

	/**
	 * 办理: a handler of the letter's unit takes it; the 待办 task becomes theirs alone.
	 * @throws LetterRefused (not found) when the reader may not see the letter
	 */
	public void take(UUID id, String actor) {
		run(id, actor, "interaction.letter.take", (letter) -> {
			requireHandler(letter, actor);
			if (letter.state() != RequestState.ASSIGNED && letter.state() != RequestState.REOPENED) {
				throw LetterRefused.wrongState(letter.state());
			}
			boolean decided = decideOpenTask(letter, "TAKE", null, actor);
			letter.take(actor);
			cases.move(letter, RequestState.IN_PROGRESS, actor, decided ? null : "TAKE", null, handlerStep(actor));
			return "办理来信：" + letter.number();
		});
	}

	/** Saves the handler's draft reply. */
	public void draft(UUID id, String text, String actor) {
		run(id, actor, "interaction.letter.draft", (letter) -> {
			requireTaker(letter, actor);
			letter.draft(reply(text));
			return "保存答复草稿：" + letter.number();
		});
	}

	/**
	 * Starts the draft from one of the unit's templates for the letter's door, its
	 * placeholders filled; what was drafted before is replaced.
	 */
	public void draftFromTemplate(UUID id, @Nullable Long templateId, String actor) {
		run(id, actor, "interaction.letter.draft", (letter) -> {
			requireTaker(letter, actor);
			ReplyTemplate template = (templateId == null ? Optional.<ReplyTemplate>empty()
					: templates.findById(templateId))
				.filter((found) -> found.active() && found.door() == letter.door()
						&& found.unitId().equals(letter.unitId()))
				.orElseThrow(ReplyRefused::noTemplate);
			LocalDate received = letter.submittedAt().atZone(clock.getZone()).toLocalDate();
			letter.draft(reply(ReplyText.fill(template.body(), letter, received, unitName(letter.unitId()))));
			return "按模板“" + template.name() + "”起草答复：" + letter.number();
		});
	}

	/** The handler saves the reply and sends it to the unit's leaders (答复待审). */
	public void submit(UUID id, String text, String actor) {
		run(id, actor, "interaction.letter.reply-submit", (letter) -> {
			requireTaker(letter, actor);
			letter.draft(reply(text));
			letter.submitReply();
			boolean decided = decideOpenTask(letter, "SUBMIT", null, actor);
			UUID unit = unitOf(letter);
			cases.move(letter, RequestState.REPLY_REVIEW, actor, decided ? null : "SUBMIT", null,
					OpenStep.one(Assignee.unit(unit, InteractionRoles.APPROVE, cases.role("INTERACTION_LEADER"))));
			return "答复送审：" + letter.number();
		});
	}

	/**
	 * 审核退回: a leader of the unit returns the reply to its handler with what to change.
	 */
	public void returnReply(UUID id, String opinion, String actor) {
		run(id, actor, "interaction.letter.reply-return", (letter) -> {
			requireLeader(letter, actor);
			String why = opinion == null ? "" : opinion.strip();
			if (why.isEmpty() || why.length() > OPINION_LIMIT) {
				throw ReplyRefused.opinionRequired();
			}
			boolean decided = decideOpenTask(letter, "RETURN", why, actor);
			letter.returnReply();
			String handler = letter.handlerUsername();
			cases.move(letter, RequestState.IN_PROGRESS, actor, decided ? null : "RETURN", decided ? null : why,
					handler == null ? unitHandlersStep(letter) : handlerStep(handler));
			return "退回答复：" + letter.number() + "，意见：" + why;
		});
	}

	/**
	 * 审核通过: a leader of the unit approves the reply and it is sent — 已答复, the reply clock
	 * stopped, the unit's assignment ended as answered, the letters merged into this one
	 * answered with it, {@link ReplySent} for each.
	 */
	public void approve(UUID id, @Nullable String opinion, String actor) {
		run(id, actor, "interaction.letter.reply-send", (letter) -> {
			requireLeader(letter, actor);
			String said = opinion == null || opinion.isBlank() ? null : opinion.strip();
			if (said != null && said.length() > OPINION_LIMIT) {
				throw ReplyRefused.text(OPINION_LIMIT);
			}
			Instant now = clock.instant();
			boolean decided = decideOpenTask(letter, "APPROVE", said, actor);
			letter.send(actor, now);
			cases.move(letter, RequestState.REPLIED, actor, decided ? null : "APPROVE", decided ? null : said, null);
			if (letter.replyClockId() != null) {
				deadlines.stop(letter.replyClockId());
			}
			UUID unit = unitOf(letter);
			records.endAnswered(letter.id(), now);
			events.publishEvent(new ReplySent(letter.id(), letter.number(), unit, now, letter.consentPublish()));
			String text = letter.replyText();
			int merged = 0;
			for (UUID other : records.mergedInto(letter.id())) {
				Letter duplicate = letters.findById(other).orElseThrow();
				if (duplicate.state() != RequestState.MERGED || duplicate.repliedAt() != null || text == null) {
					continue;
				}
				duplicate.answerAsMerged(text, unit, now);
				events.publishEvent(
						new ReplySent(duplicate.id(), duplicate.number(), unit, now, duplicate.consentPublish()));
				merged++;
			}
			return "审核通过并答复：" + letter.number() + (merged > 0 ? "（并答复合并来信 " + merged + " 件）" : "");
		});
	}

	/** The latest opinion with which a leader returned the letter's reply, if any. */
	public Optional<String> lastReturn(Letter letter) {
		if (letter.caseId() == null) {
			return Optional.empty();
		}
		return casework.history(letter.caseId())
			.stream()
			.filter((entry) -> "RETURN".equals(entry.decision()) && entry.opinion() != null)
			.reduce((first, second) -> second)
			.map((entry) -> entry.opinion());
	}

	/** The unit's active templates for the letter's door, by name. */
	public List<ReplyTemplate> templatesFor(Letter letter) {
		return letter.unitId() == null ? List.of()
				: templates.findByUnitIdAndDoorAndActiveTrueOrderByName(letter.unitId(), letter.door());
	}

	private void run(UUID id, String actor, String action, Function<Letter, String> command) {
		try {
			transactions.executeWithoutResult((status) -> {
				Letter letter = access.readable(id, actor);
				String summary = command.apply(letter);
				entities.flush();
				events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, "interaction.request",
						id.toString(), summary));
			});
		}
		catch (ObjectOptimisticLockingFailureException | OptimisticLockException | StaleStateException ex) {
			throw denied(actor, action, id, ReplyRefused.changedMeanwhile());
		}
		catch (Refusal refused) {
			throw denied(actor, action, id, refused);
		}
	}

	private <T extends Refusal> T denied(String actor, String action, UUID id, T refused) {
		audit.recordApart(
				AuditableEvent
					.succeeded(clock.instant(), actor, action, "interaction.request", id.toString(),
							"拒绝 " + actor + " 的来信办理操作：" + refused.getMessage())
					.withOutcome(Outcome.DENIED));
		return refused;
	}

	private void requireHandler(Letter letter, String actor) {
		if (!access.inUnit(actor, letter.unitId(), InteractionRoles.HANDLE)) {
			throw ReplyRefused.notHandler();
		}
	}

	/** The handler who took the letter, still a handler of its unit. */
	private void requireTaker(Letter letter, String actor) {
		requireHandler(letter, actor);
		if (letter.state() != RequestState.IN_PROGRESS) {
			throw LetterRefused.wrongState(letter.state());
		}
		if (!actor.equals(letter.handlerUsername())) {
			throw ReplyRefused.takenByOther();
		}
	}

	private void requireLeader(Letter letter, String actor) {
		if (!access.inUnit(actor, letter.unitId(), InteractionRoles.APPROVE)) {
			throw ReplyRefused.notLeader();
		}
		if (letter.state() != RequestState.REPLY_REVIEW) {
			throw LetterRefused.wrongState(letter.state());
		}
		if (actor.equals(letter.handlerUsername())) {
			throw ReplyRefused.ownDraft();
		}
	}

	/**
	 * Decides the case's open task for the actor (the core checks they reach it), so the
	 * decision and its opinion are in 办理过程 and the actor's 已办 once; false when no task
	 * waits (the transition then carries them).
	 */
	private boolean decideOpenTask(Letter letter, String decision, @Nullable String opinion, String actor) {
		List<TaskView> open = casework.openTasks(cases.caseOf(letter));
		if (open.isEmpty()) {
			return false;
		}
		casework.decide(new Decide(open.get(0).id(), decision, opinion, actor));
		return true;
	}

	/** The step that waits for the handler who took the letter, in their 待办. */
	private OpenStep handlerStep(String handler) {
		AccountContact account = accounts.byUsername(handler).orElseThrow(ReplyRefused::notHandler);
		return OpenStep.one(Assignee.account(account.id(), account.displayName()));
	}

	private OpenStep unitHandlersStep(Letter letter) {
		return OpenStep.one(Assignee.unit(unitOf(letter), InteractionRoles.HANDLE, cases.role("LETTER_HANDLER")));
	}

	private static UUID unitOf(Letter letter) {
		UUID unit = letter.unitId();
		if (unit == null) {
			throw LetterRefused.wrongState(letter.state());
		}
		return unit;
	}

	private static String reply(@Nullable String text) {
		String reply = text == null ? "" : text.strip();
		if (reply.isEmpty() || reply.length() > REPLY_LIMIT) {
			throw ReplyRefused.text(REPLY_LIMIT);
		}
		return reply;
	}

	/** The unit's full name today. */
	public @Nullable String unitName(@Nullable UUID unit) {
		return unit == null ? null
				: units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse(null);
	}

}
