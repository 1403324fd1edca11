package org.zhengtong.permit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.permit.CaseResumed;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.CaseSuspended;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.SuspensionKind;

/**
 * 中止 (行政许可法 art. 45): while a hearing, tender, auction, inspection, testing, quarantine,
 * appraisal or expert review runs, the time is not counted in the limits. The
 * department's 审批人员 or 审批负责人 suspends an accepted case with the kind, the reason and the
 * expected working days (the applicant is told in writing, the 中止告知书); both clocks (承诺
 * and 法定) stand still until it is resumed (恢复), when their due days move by the paused
 * working days. One suspension at a time.
 */
@Service
@Transactional
public class SuspensionDesk {

	static final String SUSPENDED = "permit.case.suspended";

	static final String RESUMED = "permit.case.resumed";

	private final PermitCases cases;

	private final CaseSuspensions suspensions;

	private final AcceptanceRecords locks;

	private final StepAccess access;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseStepGuard guard;

	SuspensionDesk(PermitCases cases, CaseSuspensions suspensions, AcceptanceRecords locks, StepAccess access,
			Deadlines deadlines, ApplicationEventPublisher events, Clock clock, CaseStepGuard guard) {
		this.guard = guard;
		this.cases = cases;
		this.suspensions = suspensions;
		this.locks = locks;
		this.access = access;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Suspends the case's clocks.
	 * @param reason 1–500 characters, told to the applicant
	 * @param expectedDays the expected length in working days, 1–365
	 * @throws CaseStepRefused (not found) for anyone but the department's reviewers and
	 * leaders; a case not under examination, one already suspended, a missing reason or
	 * length
	 */
	public CaseSuspension suspend(long caseId, @Nullable SuspensionKind kind, @Nullable String reason, int expectedDays,
			String actor) {
		return guard.run(SUSPENDED, actor, caseId, () -> {
			PermitCase found = lockedForStaff(caseId, actor);
			String number = PermitNotices.number(found);
			CaseSuspension open = suspensions.findByCaseIdAndResumedAtIsNull(caseId).orElse(null);
			if (open != null) {
				throw CaseStepRefused.of("permit.suspension.refused.open", number);
			}
			String why = reason == null ? "" : reason.strip();
			if (kind == null) {
				throw CaseStepRefused.of("permit.suspension.refused.kind");
			}
			if (why.isEmpty() || why.length() > 500) {
				throw CaseStepRefused.of("permit.suspension.refused.reason");
			}
			if (expectedDays < 1 || expectedDays > 365) {
				throw CaseStepRefused.of("permit.suspension.refused.days");
			}
			for (long clockId : clocks(found)) {
				deadlines.pause(clockId, PauseKind.SUSPENDED, why, actor);
			}
			CaseSuspension suspension = suspensions
				.saveAndFlush(new CaseSuspension(caseId, kind, why, expectedDays, actor, clock.instant()));
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, SUSPENDED, AcceptanceDesk.OBJECT,
					number,
					PermitNotices.cut("中止 " + number + "（" + kind + "，预计 " + expectedDays + " 个工作日）：" + why, 1000)));
			events.publishEvent(new CaseSuspended(caseId, number, found.departmentId(), kind, why, expectedDays, actor,
					suspension.suspendedAt()));
			return suspension;
		});
	}

	/**
	 * 恢复: the suspension ends, both clocks run again.
	 * @throws CaseStepRefused (not found) for anyone but the department's reviewers and
	 * leaders; a case not suspended
	 */
	public CaseSuspension resume(long caseId, String actor) {
		return guard.run(RESUMED, actor, caseId, () -> {
			PermitCase found = lockedForStaff(caseId, actor);
			String number = PermitNotices.number(found);
			CaseSuspension open = suspensions.findByCaseIdAndResumedAtIsNull(caseId)
				.orElseThrow(() -> CaseStepRefused.of("permit.suspension.refused.notSuspended", number));
			for (long clockId : clocks(found)) {
				deadlines.resume(clockId, actor);
			}
			open.resume(actor, clock.instant());
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, RESUMED, AcceptanceDesk.OBJECT, number,
					"恢复 " + number + "，中止自 " + open.suspendedAt()));
			events.publishEvent(new CaseResumed(caseId, number, found.departmentId(), actor, clock.instant()));
			return open;
		});
	}

	/** The case's suspensions, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseSuspension> of(long caseId) {
		return suspensions.findByCaseIdOrderBySuspendedAtAsc(caseId);
	}

	/** The suspension in course, if any. */
	@Transactional(readOnly = true)
	public Optional<CaseSuspension> open(long caseId) {
		return suspensions.findByCaseIdAndResumedAtIsNull(caseId);
	}

	/** Whether {@code username} may suspend and resume the case (reviewer or leader). */
	@Transactional(readOnly = true)
	public boolean maySuspend(PermitCase found, String username) {
		return access.reviewer(username, found.departmentId()) || access.leader(username, found.departmentId());
	}

	private PermitCase lockedForStaff(long caseId, String actor) {
		if (!locks.lock(caseId)) {
			throw CaseStepRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(CaseStepRefused::notFound);
		if (found.number() == null || !maySuspend(found, actor)) {
			throw CaseStepRefused.notFound();
		}
		if (found.state() != PermitCaseState.ACCEPTED && found.state() != PermitCaseState.REVIEWED) {
			throw CaseStepRefused.of("permit.suspension.refused.state");
		}
		return found;
	}

	private static List<Long> clocks(PermitCase found) {
		List<Long> clocks = new java.util.ArrayList<>();
		if (found.promisedClockId() != null) {
			clocks.add(found.promisedClockId());
		}
		if (found.legalClockId() != null) {
			clocks.add(found.legalClockId());
		}
		return clocks;
	}

}
