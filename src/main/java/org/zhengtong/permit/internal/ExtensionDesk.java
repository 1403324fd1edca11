package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.permit.CaseExtended;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.PermitCaseState;

/**
 * 延期 (行政许可法 art. 42): when a decision cannot be made within the legal limit, the head of
 * the department (its 审批负责人, by the post in use) may extend it once, by 10 working days
 * (15 for 统一/联合/集中办理; none for a lower authority's first review, art. 43), with the
 * reason told to the applicant (the 延期通知书). Only the 法定 clock moves: the 承诺 clock is the
 * department's own promise, which the law does not extend. An extension must be approved
 * while the limit runs: once the legal due day has passed the case is already late, and
 * extending it afterwards would hide that (refused, naming the day).
 */
@Service
@Transactional
public class ExtensionDesk {

	static final String EXTENDED = "permit.case.extended";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PermitCases cases;

	private final Guides guides;

	private final CaseExtensions extensions;

	private final AcceptanceRecords locks;

	private final StepAccess access;

	private final Deadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseStepGuard guard;

	ExtensionDesk(PermitCases cases, Guides guides, CaseExtensions extensions, AcceptanceRecords locks,
			StepAccess access, Deadlines deadlines, ApplicationEventPublisher events, Clock clock,
			CaseStepGuard guard) {
		this.guard = guard;
		this.cases = cases;
		this.guides = guides;
		this.extensions = extensions;
		this.locks = locks;
		this.access = access;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Extends the case's legal limit by the days its guide's limit allows.
	 * @param reason 1–500 characters, told to the applicant
	 * @throws CaseStepRefused (not found) for anyone but the department's 审批负责人; a second
	 * extension (art. 42), a limit without one (art. 43), a case not under examination, a
	 * passed due day, a missing reason
	 */
	public CaseExtension extend(long caseId, @Nullable String reason, String actor) {
		return guard.run(EXTENDED, actor, caseId, () -> extended(caseId, reason == null ? "" : reason.strip(), actor));
	}

	private CaseExtension extended(long caseId, String reason, String actor) {
		if (!locks.lock(caseId)) {
			throw CaseStepRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(CaseStepRefused::notFound);
		if (found.number() == null || !access.leader(actor, found.departmentId())) {
			throw CaseStepRefused.notFound();
		}
		String number = PermitNotices.number(found);
		CaseExtension earlier = extensions.findByCaseId(caseId).orElse(null);
		if (earlier != null) {
			throw CaseStepRefused.secondExtension(number, MINUTE.format(earlier.extendedAt().atZone(clock.getZone())));
		}
		Long legal = found.legalClockId();
		if (legal == null || (found.state() != PermitCaseState.ACCEPTED && found.state() != PermitCaseState.REVIEWED)) {
			throw CaseStepRefused.of("permit.extension.refused.state");
		}
		int days = guides.findById(found.guideId()).orElseThrow().limitKind().extensionDays();
		if (days == 0) {
			throw CaseStepRefused.of("permit.extension.refused.none");
		}
		if (reason.isEmpty() || reason.length() > 500) {
			throw CaseStepRefused.of("permit.extension.refused.reason");
		}
		LocalDate before = deadlines.view(legal).dueDay();
		if (LocalDate.now(clock).isAfter(before)) {
			throw CaseStepRefused.of("permit.extension.refused.overdue", before.toString());
		}
		deadlines.extend(legal, days, reason, actor);
		LocalDate after = deadlines.view(legal).dueDay();
		CaseExtension extension = extensions
			.saveAndFlush(new CaseExtension(caseId, days, reason, before, after, actor, clock.instant()));
		events.publishEvent(
				AuditableEvent.succeeded(clock.instant(), actor, EXTENDED, AcceptanceDesk.OBJECT, number, PermitNotices
					.cut("延期 " + number + " " + days + " 个工作日，法定期限 " + before + " → " + after + "：" + reason, 1000)));
		events.publishEvent(new CaseExtended(caseId, number, found.departmentId(), days, reason, after, actor,
				extension.extendedAt()));
		return extension;
	}

	/** The case's extension, if it had one. */
	@Transactional(readOnly = true)
	public Optional<CaseExtension> of(long caseId) {
		return extensions.findByCaseId(caseId);
	}

	/** Whether {@code username} may extend the case's limit (its department's 审批负责人). */
	@Transactional(readOnly = true)
	public boolean mayExtend(PermitCase found, String username) {
		return access.leader(username, found.departmentId());
	}

	/** The days the case's guide allows (0: none). */
	@Transactional(readOnly = true)
	public int allowedDays(PermitCase found) {
		return guides.findById(found.guideId()).orElseThrow().limitKind().extensionDays();
	}

}
