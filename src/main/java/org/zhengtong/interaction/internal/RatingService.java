package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.interaction.GiveRating;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingRefused;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.interaction.RecordFollowUp;
import org.zhengtong.interaction.RectificationView;
import org.zhengtong.interaction.Satisfaction;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;

/**
 * 好差评 as {@link RatingManagement} describes it. A 差评's rectification is a case of the
 * core with a 15-working-day clock and one task for whoever holds
 * {@code interaction.approve} in the rated unit.
 */
@Service
@Transactional
class RatingService implements RatingManagement {

	private final RatingRecords records;

	private final Rectifications rectifications;

	private final Casework casework;

	private final AccessScopes scopes;

	private final UnitManagement units;

	private final AuditManagement audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	RatingService(RatingRecords records, Rectifications rectifications, Casework casework, AccessScopes scopes,
			UnitManagement units, AuditManagement audit, ApplicationEventPublisher events, MessageSource messages,
			Clock clock) {
		this.records = records;
		this.rectifications = rectifications;
		this.casework = casework;
		this.scopes = scopes;
		this.units = units;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void invite(InviteRating command) {
		if (records.invite(command, clock.instant())) {
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), "system", "interaction.rating.invited",
					command.subject().type(), command.subject().id(), "邀请评价：" + command.title()));
		}
	}

	@Override
	public RatingView rate(GiveRating command) {
		RatingRecords.Invitation invitation = records.invitation(command.subject())
			.orElseThrow(() -> denied(command.rater(), "interaction.rating.rated", command.subject(),
					RatingRefused.notInvited()));
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		if (!records.insert(id, invitation, command.level(), command.comment(), command.rater(), now)) {
			throw denied(command.rater(), "interaction.rating.rated", command.subject(), RatingRefused.ratedBefore());
		}
		events.publishEvent(
				AuditableEvent.succeeded(now, command.rater(), "interaction.rating.rated", command.subject().type(),
						command.subject().id(), "评价" + levelName(command.level()) + "：" + invitation.title()));
		if (command.level().bad()) {
			openRectification(id, invitation, now);
		}
		return records.rating(command.subject()).orElseThrow();
	}

	/**
	 * 差评: a rectification with its case, clock (15 working days from the rating) and a
	 * task for the unit's leaders.
	 */
	private void openRectification(UUID ratingId, RatingRecords.Invitation invitation, Instant now) {
		Rectification rectification = rectifications
			.save(new Rectification(UUID.randomUUID(), ratingId, invitation.unit(), now));
		String title = cut("差评整改 " + invitation.title());
		CaseView started = casework.start(new StartCase(RectificationType.CODE, rectification.id().toString(), title,
				"/workbench/rectifications/" + rectification.id(), invitation.unit(), "system",
				new StartClock("interaction", cut(title), Measure.WORKING_DAYS, RECTIFY_WORKING_DAYS, now, null)));
		casework.transition(Transition.to(started.id(), RectificationType.State.RECTIFYING, "system")
			.opening(OpenStep.one(Assignee.unit(invitation.unit(), InteractionRoles.APPROVE, leaders()))));
		rectification.attachCase(started.id(), started.clockId());
		// the views read it in SQL within this transaction
		rectifications.flush();
		events.publishEvent(AuditableEvent.succeeded(now, "system", "interaction.rectification.opened",
				"interaction.rectification", rectification.id().toString(), title));
	}

	@Override
	public RectificationView rectify(RecordFollowUp command) {
		Rectification rectification = rectifications.findById(command.rectification())
			.filter((found) -> mayRectify(found.unitId(), command.actor()))
			.orElseThrow(() -> denied(command.actor(), "interaction.rectification.closed",
					new RatedSubject("interaction.rectification", command.rectification().toString()),
					RatingRefused.notFound()));
		try {
			rectification.close(command.complaintValid(), command.finding(), command.measures(), command.followUpOn(),
					command.way(), command.result(), command.actor(), clock.instant());
		}
		catch (RatingRefused refused) {
			throw denied(command.actor(), "interaction.rectification.closed",
					new RatedSubject("interaction.rectification", rectification.id().toString()), refused);
		}
		rectifications.flush();
		Long caseId = rectification.caseId();
		if (caseId != null) {
			String opinion = cut2000(messages.getMessage("interaction.rectification.way." + command.way(), null,
					java.util.Locale.SIMPLIFIED_CHINESE) + "回访（" + command.followUpOn() + "）：" + command.result());
			for (TaskView task : casework.openTasks(caseId)) {
				if (casework.mayAct(task.id(), command.actor())) {
					casework.decide(new Decide(task.id(), "回访", opinion, command.actor()));
					break;
				}
			}
			casework.transition(
					Transition.to(caseId, RectificationType.State.CLOSED, command.actor()).because("回访", opinion));
		}
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), command.actor(),
				"interaction.rectification.closed", "interaction.rectification", rectification.id().toString(),
				"差评整改已回访：" + cut2000(command.result())));
		return records.rectification(rectification.id()).orElseThrow();
	}

	/**
	 * Whether {@code username} holds {@code interaction.approve} in the unit (post in
	 * use).
	 */
	boolean mayRectify(UUID unit, String username) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, InteractionRoles.APPROVE, post == null ? null : post.unitId()).reachesUnit(unit);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RatingView> rating(RatedSubject subject) {
		return records.rating(subject);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean invited(RatedSubject subject) {
		return records.invitation(subject).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RectificationView> rectification(UUID id) {
		return records.rectification(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Satisfaction> byUnit(@Nullable LocalDate from, @Nullable LocalDate to, boolean english) {
		LocalDate today = LocalDate.now(clock);
		return records.byUnit(from, to)
			.stream()
			.map((figures) -> figures.named(units.find(UUID.fromString(figures.key()), today)
				.map((unit) -> english ? unit.names().englishName() : unit.names().fullName())
				.orElse(figures.key())))
			.sorted(Comparator.comparing(Satisfaction::name))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Satisfaction> byService(@Nullable LocalDate from, @Nullable LocalDate to, boolean english) {
		return records.byService(from, to, english);
	}

	private String levelName(org.zhengtong.interaction.RatingLevel level) {
		return messages.getMessage("interaction.rating.level." + level.name(), null,
				java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private String leaders() {
		return messages.getMessage("role.INTERACTION_LEADER", null, "INTERACTION_LEADER",
				java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private RatingRefused denied(String actor, String action, RatedSubject subject, RatingRefused refused) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), actor, action, subject.type(), subject.id(), "拒绝：" + refused.getMessage())
			.withOutcome(Outcome.DENIED));
		return refused;
	}

	private static String cut(String text) {
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private static String cut2000(String text) {
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

}
