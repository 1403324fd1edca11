package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.OfficeRefused;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestEscalated;
import org.zhengtong.interaction.RequestRejected;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.Refusal;

/**
 * 受理办: the receiving office's steps on a letter — 受理, 不予受理 with a reason, 派单 to the unit
 * the 派单目录 proposes (or another), merging a duplicate into the letter it repeats, and 督办
 * — and the unit's objection (异议) that sends a letter back to 派单. Each runs in one
 * transaction that first locks the letter's row, so two people acting on one letter at
 * once are served one after the other and the second is told what the first did. Every
 * step is audited; a refusal rolls everything back and is audited DENIED apart. A letter
 * the actor may not see is refused as not existing.
 */
@Service
public class LetterOffice {

	private final Letters letters;

	private final Assignments assignments;

	private final DispatchRules rules;

	private final OfficeRecords records;

	private final LetterAccess access;

	private final LetterCases cases;

	private final LetterProperties properties;

	private final Casework casework;

	private final Deadlines deadlines;

	private final UnitManagement units;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final AccessScopes scopes;

	private final Clock clock;

	LetterOffice(Letters letters, Assignments assignments, DispatchRules rules, OfficeRecords records,
			LetterAccess access, LetterCases cases, LetterProperties properties, Casework casework, Deadlines deadlines,
			UnitManagement units, AuditManagement audit, ApplicationEventPublisher events, AccessScopes scopes,
			Clock clock) {
		this.letters = letters;
		this.assignments = assignments;
		this.rules = rules;
		this.records = records;
		this.access = access;
		this.cases = cases;
		this.properties = properties;
		this.casework = casework;
		this.deadlines = deadlines;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.scopes = scopes;
		this.clock = clock;
	}

	/** 受理: the letter is taken on and waits for 派单. */
	@Transactional
	public void accept(UUID id, String actor) {
		refusing(actor, "interaction.letter.accepted", id, "受理来信", () -> {
			Letter letter = officeLetter(id, actor);
			expect(letter, RequestState.SUBMITTED);
			decideOwnTask(letter, actor, "ACCEPT", null);
			letter.accept(actor, clock.instant());
			cases.move(letter, RequestState.ACCEPTED, actor, "ACCEPT", null, dispatchStep());
			done(letter, actor, "interaction.letter.accepted", "受理来信 " + letter.number(), RequestState.SUBMITTED);
			return null;
		});
	}

	/** 不予受理, with the reason the writer reads. */
	@Transactional
	public void reject(UUID id, String reason, String actor) {
		String why = required(reason);
		refusing(actor, "interaction.letter.rejected", id, "不予受理来信", () -> {
			Letter letter = officeLetter(id, actor);
			RequestState before = letter.state();
			expect(letter, RequestState.SUBMITTED, RequestState.ACCEPTED);
			decideOwnTask(letter, actor, "REJECT", why);
			letter.reject(why);
			cases.move(letter, RequestState.REJECTED, actor, "REJECT", why, null);
			done(letter, actor, "interaction.letter.rejected", "不予受理来信 " + letter.number() + "：" + why, before);
			events.publishEvent(new RequestRejected(letter.id(), letter.number(), why, clock.instant()));
			return null;
		});
	}

	/**
	 * 派单: the letter goes to {@code unit}, whose handlers find it in their 待办 with the
	 * door's reply limit counted from now; {@link RequestAssigned} tells the others.
	 * @return the due instant of the unit's reply
	 * @throws OfficeRefused when someone routed it first, or the unit is not active
	 */
	@Transactional
	public Instant assign(UUID id, UUID unit, String actor) {
		return refusing(actor, "interaction.letter.assigned", id, "派单", () -> assignChecked(id, unit, actor));
	}

	/**
	 * 派单 to the unit the 派单目录 proposes.
	 * @throws OfficeRefused when it proposes none
	 */
	@Transactional
	public Instant assignAsProposed(UUID id, String actor) {
		return refusing(actor, "interaction.letter.assigned", id, "按派单目录派单", () -> {
			Letter letter = officeLetter(id, actor);
			if (letter.state().withUnit()) {
				throw OfficeRefused.alreadyAssigned(unitName(letter.unitId()));
			}
			DispatchRule rule = proposal(letter).orElseThrow(() -> OfficeRefused.noProposal(letter.number()));
			return assignChecked(id, rule.unitId(), actor);
		});
	}

	private Instant assignChecked(UUID id, UUID unit, String actor) {
		Letter letter = officeLetter(id, actor);
		if (letter.state().withUnit()) {
			throw OfficeRefused.alreadyAssigned(unitName(letter.unitId()));
		}
		expect(letter, RequestState.ACCEPTED);
		UnitView target = activeUnit(unit);
		String unitName = target.names().fullName();
		Instant now = clock.instant();
		decideOwnTask(letter, actor, "ASSIGN", unitName);
		StartClock limit = new StartClock("interaction", letter.number() + " 答复", Measure.WORKING_DAYS,
				properties.of(letter.door()).reply(), now, null);
		// The letter's own clock runs until the reply is sent, whoever in the unit holds
		// it; the step's clock (the same limit) dates the unit's 待办 task.
		long replyClock = deadlines.start(limit);
		letter.assign(unit, replyClock);
		assignments.save(new Assignment(letter.id(), unit, now, actor));
		cases.move(letter, RequestState.ASSIGNED, actor, "ASSIGN", unitName,
				OpenStep
					.one(Assignee.unit(unit, InteractionRoles.HANDLE, unitName + " · " + cases.role("LETTER_HANDLER")))
					.withClock(limit));
		Instant due = deadlines.view(replyClock).dueAt();
		events.publishEvent(new RequestAssigned(letter.id(), letter.number(), unit, now, due));
		done(letter, actor, "interaction.letter.assigned", "派单 " + letter.number() + " → " + unitName,
				RequestState.ACCEPTED);
		return due;
	}

	/**
	 * 改派: the office moves a routed letter (已派单 or 办理中, not yet in review or answered)
	 * from the unit holding it to another, with a reason. The old unit's assignment ends
	 * REASSIGNED (its time is its own and it is not blamed for what follows), its open
	 * tasks close, and the new unit's assignment starts now with a task in its 待办. The
	 * letter's reply clock keeps running: the office's choice is not the writer's fault,
	 * so the date promised to the writer does not move; the new unit's task is due the
	 * same day. {@link RequestAssigned} tells the others.
	 * @param from the unit the actor saw holding the letter: if someone moved it
	 * meanwhile, the step is refused, naming where it is now
	 * @return the due instant of the reply, unchanged
	 * @throws OfficeRefused when the letter moved meanwhile, is not with a unit that may
	 * be changed (in review, answered, closed), or the unit is the one holding it
	 */
	@Transactional
	public Instant reassign(UUID id, UUID from, UUID unit, String reason, String actor) {
		String why = required(reason);
		return refusing(actor, "interaction.letter.reassigned", id, "改派", () -> {
			Letter letter = officeLetter(id, actor);
			RequestState before = letter.state();
			if (letter.state().withUnit() && letter.unitId() != null && !from.equals(letter.unitId())) {
				throw OfficeRefused.reassignedMeanwhile(unitName(letter.unitId()));
			}
			if (letter.state() != RequestState.ASSIGNED && letter.state() != RequestState.IN_PROGRESS) {
				throw OfficeRefused.notReassignable(letter.state());
			}
			UUID old = letter.unitId();
			if (old == null || old.equals(unit)) {
				throw OfficeRefused.sameUnit();
			}
			UnitView target = activeUnit(unit);
			String unitName = target.names().fullName();
			Long replyClock = letter.replyClockId();
			if (replyClock == null) {
				throw new IllegalStateException("Routed letter " + letter.number() + " has no reply clock");
			}
			Instant now = clock.instant();
			assignments.findByRequestIdAndEndedAtIsNull(id)
				.ifPresent((open) -> open.end(Assignment.EndReason.REASSIGNED, now));
			// ended before the new one is stored: a letter has one open assignment (an
			// index)
			assignments.flush();
			assignments.save(new Assignment(letter.id(), unit, now, actor));
			letter.reassign(unit);
			// The new unit's task runs on the letter's limit from the letter's start: it
			// is
			// due when the letter is.
			org.zhengtong.casework.ClockView running = deadlines.view(replyClock);
			StartClock limit = new StartClock("interaction", letter.number() + " 答复", running.measure(),
					running.amount(), running.startedAt(), null);
			cases.move(letter, RequestState.ASSIGNED, actor, "改派", unitName + "：" + why, OpenStep
				.one(Assignee.unit(unit, InteractionRoles.HANDLE, unitName + " · " + cases.role("LETTER_HANDLER")))
				.withClock(limit));
			Instant due = running.dueAt();
			events.publishEvent(new RequestAssigned(letter.id(), letter.number(), unit, now, due));
			done(letter, actor, "interaction.letter.reassigned",
					"改派 " + letter.number() + "：" + unitName(old) + " → " + unitName + "，理由：" + why, before);
			return due;
		});
	}

	/**
	 * 合并: the letter repeats the one numbered {@code number}; it ends as 已合并 and its
	 * writer gets that letter's reply under their own number.
	 */
	@Transactional
	public void merge(UUID id, String number, String actor) {
		refusing(actor, "interaction.letter.merged", id, "合并来信", () -> {
			UUID targetId = records.idOf(number.strip())
				.orElseThrow(() -> OfficeRefused.mergeTargetUnknown(number.strip()));
			if (targetId.equals(id)) {
				throw OfficeRefused.mergeIntoItself();
			}
			// both rows, in one order, so two merges of the same pair never deadlock
			records.lock(id.compareTo(targetId) < 0 ? id : targetId);
			records.lock(id.compareTo(targetId) < 0 ? targetId : id);
			Letter letter = officeLetter(id, actor);
			// the target too must be within the actor's reach: a site administrator
			// merges
			// 找错 reports into 找错 reports only, never learning of (or answering from)
			// others
			Letter target = access.readable(targetId, actor);
			if (target.state().ended() || target.state().answered()) {
				throw OfficeRefused.mergeTargetEnded(target.number(), target.state());
			}
			if (records.hasMerged(letter.id())) {
				throw OfficeRefused.mergeHasMerged();
			}
			RequestState before = letter.state();
			expect(letter, RequestState.SUBMITTED, RequestState.ACCEPTED, RequestState.ASSIGNED,
					RequestState.IN_PROGRESS);
			Instant now = clock.instant();
			endAssignment(letter, Assignment.EndReason.MERGED, now);
			decideOwnTask(letter, actor, "MERGE", target.number());
			letter.mergeInto(target.id(), now);
			cases.move(letter, RequestState.MERGED, actor, "MERGE", target.number(), null);
			done(letter, actor, "interaction.letter.merged", "来信 " + letter.number() + " 并入 " + target.number(),
					before);
			return null;
		});
	}

	/** 督办: the supervision module follows the letter until it is answered. */
	@Transactional
	public void escalate(UUID id, String reason, String actor) {
		String why = required(reason);
		refusing(actor, "interaction.letter.escalated", id, "督办来信", () -> {
			Letter letter = officeLetter(id, actor);
			if (letter.escalatedAt() != null) {
				throw OfficeRefused.escalatedBefore();
			}
			Instant now = clock.instant();
			letter.escalate(now);
			events.publishEvent(new RequestEscalated(letter.id(), letter.number(), letter.title(), letter.unitId(), why,
					actor, now));
			done(letter, actor, "interaction.letter.escalated", "督办来信 " + letter.number() + "：" + why, letter.state());
			return null;
		});
	}

	/**
	 * 异议: the unit the letter was routed to says it is not theirs, with a reason; the
	 * letter goes back to 待派单 and the 派单目录 no longer proposes that unit. Once per unit
	 * and letter.
	 */
	@Transactional
	public void object(UUID id, String reason, String actor) {
		String why = required(reason);
		refusing(actor, "interaction.letter.objected", id, "对派单提出异议", () -> {
			records.lock(id);
			Letter letter = access.readable(id, actor);
			UUID unit = letter.unitId();
			if (!mayObject(letter, actor)) {
				throw LetterRefused.notFound();
			}
			RequestState before = letter.state();
			expect(letter, RequestState.ASSIGNED, RequestState.IN_PROGRESS);
			if (unit == null
					|| assignments.existsByRequestIdAndUnitIdAndEndReason(id, unit, Assignment.EndReason.OBJECTED)) {
				throw OfficeRefused.objectedBefore();
			}
			Instant now = clock.instant();
			assignments.findByRequestIdAndEndedAtIsNull(id).ifPresent((open) -> open.objected(why, now));
			stopReplyClock(letter);
			letter.backToOffice();
			cases.move(letter, RequestState.ACCEPTED, actor, "OBJECT", why, dispatchStep());
			done(letter, actor, "interaction.letter.objected",
					unitName(unit) + " 对来信 " + letter.number() + " 提出异议：" + why, before);
			return null;
		});
	}

	/**
	 * Whether the actor may take the office's steps on the letter: the receiving office,
	 * and the site administrators for 我为政府网站找错.
	 */
	public boolean mayAct(Letter letter, String actor) {
		return access.office(actor) || (letter.door() == Door.SITE_ERROR && siteManager(actor));
	}

	/** Whether the actor works in the unit holding the letter and may object for it. */
	public boolean mayObject(Letter letter, String actor) {
		return letter.state().withUnit() && letter.state() != RequestState.REPLY_REVIEW
				&& (access.inUnit(actor, letter.unitId(), InteractionRoles.HANDLE)
						|| access.inUnit(actor, letter.unitId(), InteractionRoles.APPROVE));
	}

	/** Whether the unit holding the letter objected to it before (it may once). */
	public boolean objectedBefore(Letter letter) {
		return letter.unitId() != null && assignments.existsByRequestIdAndUnitIdAndEndReason(letter.id(),
				letter.unitId(), Assignment.EndReason.OBJECTED);
	}

	/**
	 * The rule of the 派单目录 that fits the letter best, leaving out units that objected to
	 * it and units no longer active.
	 */
	public Optional<DispatchRule> proposal(Letter letter) {
		return proposal(letter.id(), letter.topic(), letter.region());
	}

	/**
	 * The proposal for a letter on {@code topic} from {@code region}
	 * ({@link #proposal(Letter)}).
	 */
	public Optional<DispatchRule> proposal(UUID letter, @Nullable String topic, @Nullable String region) {
		Set<UUID> objected = objectors(letter);
		LocalDate today = LocalDate.now(clock);
		return rules.findAll()
			.stream()
			.filter((rule) -> rule.fit(topic, region) >= 0)
			.filter((rule) -> !objected.contains(rule.unitId()))
			.filter((rule) -> units.find(rule.unitId(), today).map(UnitView::active).orElse(false))
			.max(Comparator.comparingInt((DispatchRule rule) -> rule.fit(topic, region)));
	}

	/** The units that objected to the letter. */
	public Set<UUID> objectors(UUID letter) {
		return assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter)
			.stream()
			.filter((a) -> a.endReason() == Assignment.EndReason.OBJECTED)
			.map(Assignment::unitId)
			.collect(Collectors.toSet());
	}

	/** One page of an office queue. */
	@Transactional(readOnly = true)
	public org.zhengtong.shared.PageOf<QueueRow> queue(LetterQueue queue, QueueFilter filter,
			org.zhengtong.shared.@Nullable ListSort sort, int page, int size) {
		return records.page(queue, filter, sort, page, size, clock.getZone());
	}

	/** How many letters wait for 受理 and for 派单, and how many there are. */
	public long[] counts() {
		OfficeRecords.Counts counts = records.counts();
		return new long[] { counts.incoming(), counts.dispatch(), counts.all() };
	}

	/** Every unit the letter went to, first first. */
	public List<Assignment> assignments(UUID letter) {
		return assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter);
	}

	/** The unit's full name today, or its id if it is gone. */
	public String unitName(@Nullable UUID unit) {
		if (unit == null) {
			return "";
		}
		return units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse(unit.toString());
	}

	/**
	 * The letter, locked, if the actor may take the office's steps on it; else not found.
	 */
	private Letter officeLetter(UUID id, String actor) {
		if (!records.lock(id)) {
			throw LetterRefused.notFound();
		}
		Letter letter = access.readable(id, actor);
		if (!mayAct(letter, actor)) {
			throw LetterRefused.notFound();
		}
		return letter;
	}

	private boolean siteManager(String actor) {
		PostView post = scopes.postInUse(actor);
		return !scopes.of(actor, LetterAccess.SITE_MANAGE, post == null ? null : post.unitId()).isEmpty();
	}

	private UnitView activeUnit(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).filter(UnitView::active).orElseThrow(OfficeRefused::unitUnknown);
	}

	/** The step waiting for 派单, in the office's 待办. */
	private OpenStep dispatchStep() {
		return OpenStep.one(Assignee.anyone(InteractionRoles.ACCEPT, cases.role("LETTER_ACCEPTOR")));
	}

	/**
	 * Decides the letter's open task the actor may act on (受理, 派单), so it shows as done
	 * by them; the transition that follows cancels any other.
	 */
	private void decideOwnTask(Letter letter, String actor, String decision, @Nullable String opinion) {
		if (letter.caseId() == null) {
			return;
		}
		for (TaskView task : casework.openTasks(letter.caseId())) {
			if (casework.mayAct(task.id(), actor)) {
				casework.decide(new Decide(task.id(), decision, opinion, actor));
				return;
			}
		}
	}

	private void endAssignment(Letter letter, Assignment.EndReason reason, Instant at) {
		assignments.findByRequestIdAndEndedAtIsNull(letter.id()).ifPresent((open) -> open.end(reason, at));
		stopReplyClock(letter);
	}

	private void stopReplyClock(Letter letter) {
		if (letter.replyClockId() != null) {
			deadlines.stop(letter.replyClockId());
		}
	}

	private static void expect(Letter letter, RequestState... allowed) {
		for (RequestState state : allowed) {
			if (letter.state() == state) {
				return;
			}
		}
		throw OfficeRefused.overtaken(letter.state());
	}

	private void done(Letter letter, String actor, String action, String summary, RequestState before) {
		letters.saveAndFlush(letter);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, action, "interaction.request", letter.id().toString(), summary)
			.withChange(before.name(), letter.state().name()));
	}

	private static String required(String reason) {
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() || why.length() > 500) {
			throw new IllegalArgumentException("A reason of 1 to 500 characters");
		}
		return why;
	}

	private <T> T refusing(String actor, String action, UUID id, String what, Supplier<T> body) {
		try {
			return body.get();
		}
		catch (Refusal refused) {
			throw refused(actor, action, id, what, refused);
		}
		catch (OptimisticLockingFailureException lost) {
			throw refused(actor, action, id, what, OfficeRefused.changed());
		}
	}

	private Refusal refused(String actor, String action, UUID id, String what, Refusal refused) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, "interaction.request", id.toString(),
					actor + " " + what + "，被拒绝（" + refused.messageKey() + "）：" + refused.getMessage())
			.withOutcome(Outcome.DENIED));
		return refused;
	}

}
