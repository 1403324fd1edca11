package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.permit.DeadlineWarningRaised;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.WarningLevel;
import org.zhengtong.platform.PlatformProperties;

/**
 * 电子监察's warnings: when a permit case's clock turns yellow (黄牌) or red (红牌) a warning is
 * kept (append-only), {@link DeadlineWarningRaised} is published, and a task waits in the
 * department's 待办 for its 审批负责人 until the warning resolves: the case is decided or ends,
 * a red card replaces the yellow one, or the clock is worked out again (a calendar
 * change, an extension, a pause) and no longer shows that colour. Raised and resolved by
 * the system, audited. However often the sweep's event is delivered, a clock has one open
 * warning per colour.
 */
@Service
@Transactional
public class WarningDesk {

	static final String OBJECT = "permit_warning";

	private static final java.util.Set<org.zhengtong.permit.PermitCaseState> ENDED = java.util.EnumSet.of(
			org.zhengtong.permit.PermitCaseState.CLOSED, org.zhengtong.permit.PermitCaseState.REJECTED,
			org.zhengtong.permit.PermitCaseState.WITHDRAWN);

	/** Where the warning's task leads: the case's 监察 page. */
	static final String CASE_PAGE = "/workbench/permit/supervision/cases/";

	private final WarningRecords records;

	private final Casework casework;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	private final ZoneId zone;

	WarningDesk(WarningRecords records, Casework casework, ApplicationEventPublisher events, MessageSource messages,
			Clock clock, PlatformProperties platform) {
		this.records = records;
		this.casework = casework;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
		this.zone = platform.timeZone();
	}

	/**
	 * A permit clock turned {@code level}: keeps the warning unless it is already open,
	 * or the case was decided or ended meanwhile, or (a late yellow) the clock is already
	 * red.
	 * @return the warning kept, empty when none was
	 */
	public Optional<Long> raise(long clockId, WarningLevel level, Instant dueAt) {
		Optional<WarningRecords.ClockCase> found = records.caseOfClock(clockId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		WarningRecords.ClockCase owner = found.get();
		if (owner.decided() || ENDED.contains(owner.state())) {
			return Optional.empty();
		}
		if (level == WarningLevel.YELLOW && records.openOn(clockId, WarningLevel.RED)) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		LocalDate dueDay = LocalDate.ofInstant(dueAt, zone);
		Optional<Long> kept = records.insert(owner, clockId, level, dueDay, dueAt, now);
		if (kept.isEmpty()) {
			return kept;
		}
		long id = kept.get();
		if (level == WarningLevel.RED) {
			for (Long yellow : records.openOfClock(clockId, WarningLevel.YELLOW)) {
				resolve(yellow, Resolution.ESCALATED, now);
			}
		}
		String title = text("permit.supervision.task." + level.name(), owner.number(),
				text(owner.legal() ? "permit.supervision.clock.legal" : "permit.supervision.clock.promised"),
				dueDay.toString());
		CaseView task = casework.start(new StartCase(WarningTaskType.CODE, String.valueOf(id), cut(title, 300),
				CASE_PAGE + owner.number(), owner.departmentId(), AccountManagement.SYSTEM, null));
		casework.transition(Transition.to(task.id(), WarningTaskState.OPEN, AccountManagement.SYSTEM)
			.because(level.name(), cut(title, 2000))
			.opening(
					OpenStep.one(Assignee.unit(owner.departmentId(), PermitRoles.DECIDE, text("role.PERMIT_LEADER")))));
		events.publishEvent(new DeadlineWarningRaised(owner.caseId(), owner.number(), owner.departmentId(), level,
				owner.legal(), dueDay, now));
		events.publishEvent(AuditableEvent.succeeded(now, AccountManagement.SYSTEM, "permit.warning.raised", OBJECT,
				String.valueOf(id), cut(title, 1000)));
		return kept;
	}

	/** The case was decided or ended: its open warnings resolve. */
	public int resolveCase(long caseId, Resolution resolution) {
		int resolved = 0;
		Instant now = clock.instant();
		for (Long id : records.openOfCase(caseId)) {
			if (resolve(id, resolution, now)) {
				resolved++;
			}
		}
		return resolved;
	}

	/**
	 * Resolves the open warnings that no longer hold (see
	 * {@link WarningRecords#outdated}), up to {@code limit}.
	 * @return how many were resolved
	 */
	public int resolveOutdated(int limit) {
		int resolved = 0;
		Instant now = clock.instant();
		for (WarningRecords.Outdated outdated : records.outdated(limit)) {
			if (resolve(outdated.id(), outdated.resolution(), now)) {
				resolved++;
			}
		}
		return resolved;
	}

	/** The warnings of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<WarningView> ofCase(long caseId) {
		return records.ofCase(caseId);
	}

	private boolean resolve(long id, Resolution resolution, Instant at) {
		if (!records.resolve(id, resolution, at)) {
			return false;
		}
		String reason = text("permit.supervision.resolution." + resolution.name());
		casework.find(WarningTaskType.CODE, String.valueOf(id))
			.filter((task) -> !task.closed())
			.ifPresent((task) -> casework
				.transition(Transition.to(task.id(), WarningTaskState.RESOLVED, AccountManagement.SYSTEM)
					.because(resolution.name(), reason)));
		WarningView warning = records.find(id).orElseThrow();
		events.publishEvent(AuditableEvent.succeeded(at, AccountManagement.SYSTEM, "permit.warning.resolved", OBJECT,
				String.valueOf(id),
				cut((warning.level() == WarningLevel.RED ? "红牌" : "黄牌") + "解除 " + warning.caseNumber() + "：" + reason,
						1000)));
		return true;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
