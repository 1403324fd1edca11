package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.CaseClosed;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.DecisionPublications;
import org.zhengtong.permit.DecisionRefused;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublishDecision;
import org.zhengtong.pki.UnitSeals;

/**
 * 审查 → 决定 (行政许可法 arts. 34, 37, 38, 40): the department's 审批人员 examine an accepted case
 * and send it for decision with their 审查意见 (a 待决定 task for the department's 审批负责人); the
 * leader approves (准予许可, stating the content approved), refuses (不予许可, with reasons and
 * the right to 行政复议 within 60 days or 行政诉讼 within 6 months, art. 38) or sends it back to
 * 审查 with a reason. A decision takes the department's next 决定文书号, stops the 法定 clock
 * (art. 42 limits the time to decide), is published on the 结果公示 list in the same
 * transaction (art. 40, 双公示), and either ends the case (a refusal, an approval without a
 * licence: both clocks stop, {@link CaseClosed}) or leaves it in DECIDED with a 发证 task
 * for the department's 印章管理员 when the guide version it was filed under names a licence
 * type (the 承诺 clock runs on until 办结). A 并联 main case is decided only once every
 * sub-case is. Every step is audited; a refused one changes nothing and leaves a DENIED
 * entry written apart. Two leaders deciding at once take turns on the case's row: the
 * second is told who decided and when.
 */
@Service
@Transactional
public class DecisionDesk {

	/** The longest 审查意见, decision content or reasons. */
	public static final int TEXT_MAX = 2000;

	/** The longest reason for sending a case back to 审查. */
	public static final int RETURN_MAX = 1000;

	static final String OBJECT = AcceptanceDesk.OBJECT;

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final PermitCases cases;

	private final Guides guides;

	private final AcceptanceRecords rows;

	private final DecisionAccess access;

	private final JointGate joint;

	private final CaseSuspensions suspensions;

	private final DecisionNumbers numbers;

	private final Casework casework;

	private final Deadlines deadlines;

	private final DecisionPublications publications;

	private final PublicAccounts publicAccounts;

	private final IdNumberSeals seals;

	private final UnitManagement units;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final CaseStepGuard guard;

	private final Clock clock;

	DecisionDesk(PermitCases cases, Guides guides, AcceptanceRecords rows, DecisionAccess access, JointGate joint,
			CaseSuspensions suspensions, DecisionNumbers numbers, Casework casework, Deadlines deadlines,
			DecisionPublications publications, PublicAccounts publicAccounts, IdNumberSeals seals, UnitManagement units,
			MessageSource messages, ApplicationEventPublisher events, Clock clock, CaseStepGuard guard) {
		this.guard = guard;
		this.cases = cases;
		this.guides = guides;
		this.rows = rows;
		this.access = access;
		this.joint = joint;
		this.suspensions = suspensions;
		this.numbers = numbers;
		this.casework = casework;
		this.deadlines = deadlines;
		this.publications = publications;
		this.publicAccounts = publicAccounts;
		this.seals = seals;
		this.units = units;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The case as its department's 审批人员 sees it; anyone else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public PermitCase forReviewer(String number, String actor) {
		return visible(number, (found) -> access.reviewer(actor, found.departmentId()));
	}

	/**
	 * The case as its department's 审批负责人 sees it; anyone else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public PermitCase forLeader(String number, String actor) {
		return visible(number, (found) -> access.leader(actor, found.departmentId()));
	}

	/**
	 * The case for a read-only page: its department's staff who handle cases and the
	 * 电子监察员; anyone else is told it does not exist.
	 */
	@Transactional(readOnly = true)
	public PermitCase forReader(String number, String actor) {
		return visible(number, (found) -> access.reader(actor, found.departmentId()));
	}

	/**
	 * 提交决定: the 审查意见 (1–2,000 characters) and a 待决定 task for the department's leaders.
	 */
	public PermitCase review(long caseId, String opinion, String actor) {
		return guard.run("permit.case.reviewed", actor, caseId, () -> {
			String why = text(opinion, TEXT_MAX, "permit.decision.refused.opinion");
			PermitCase found = locked(caseId, actor, false);
			requireState(found, PermitCaseState.ACCEPTED);
			requireRunning(found);
			found.reviewed(why, actor, clock.instant());
			move(found, PermitCaseState.REVIEWED, actor, "REVIEWED", "审查意见：" + why,
					OpenStep.one(Assignee.unit(found.departmentId(), PermitRoles.DECIDE, roleName("PERMIT_LEADER"))));
			record(actor, "permit.case.reviewed", found, "审查完毕 " + found.number() + "，提交决定：" + why);
			return found;
		});
	}

	/** 退回审查: back to the department's reviewers with the reason (1–1,000 characters). */
	public PermitCase sendBack(long caseId, String reason, String actor) {
		return guard.run("permit.case.returned", actor, caseId, () -> {
			String why = text(reason, RETURN_MAX, "permit.decision.refused.returnReason");
			PermitCase found = locked(caseId, actor, true);
			requireState(found, PermitCaseState.REVIEWED);
			found.sentBackToReview();
			move(found, PermitCaseState.ACCEPTED, actor, "RETURNED", "退回审查：" + why,
					OpenStep.one(Assignee.unit(found.departmentId(), PermitRoles.REVIEW, roleName("PERMIT_REVIEWER"))));
			record(actor, "permit.case.returned", found, "退回审查 " + found.number() + "：" + why);
			return found;
		});
	}

	/** 准予许可, stating the content approved (1–2,000 characters). */
	public PermitCase approve(long caseId, String content, String actor) {
		return guard.run("permit.case.decided", actor, caseId, () -> decide(caseId, Decision.APPROVED,
				text(content, TEXT_MAX, "permit.decision.refused.content"), actor));
	}

	/**
	 * 不予许可, with the reasons (1–2,000 characters); the decision states the art. 38
	 * remedy.
	 */
	public PermitCase refuse(long caseId, String reasons, String actor) {
		return guard.run("permit.case.decided", actor, caseId, () -> decide(caseId, Decision.REFUSED,
				text(reasons, TEXT_MAX, "permit.decision.refused.reasons"), actor));
	}

	/**
	 * Art. 38's remedy sentence of a refusal by the department: 行政复议 before the
	 * department's people's government at its level within 60 days (行政复议法 arts. 20 and
	 * 24), or 行政诉讼 before a people's court within 6 months (行政诉讼法 art. 46).
	 */
	@Transactional(readOnly = true)
	public String remedy(UUID department) {
		String name = units.find(department, today()).map((unit) -> unit.names().fullName()).orElse("本机关");
		return "申请人如对本决定不服，可以自收到本决定书之日起六十日内依法向" + name + "的本级人民政府申请行政复议，" + "或者自收到本决定书之日起六个月内依法向人民法院提起行政诉讼。";
	}

	/** The licence type the case's guide version issues on approval, if any. */
	@Transactional(readOnly = true)
	public @Nullable LicenceType licenceOf(PermitCase found) {
		if (found.mainCaseId() != null) {
			return null;
		}
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		return LicenceType.byCode(guide.licenceType()).orElse(null);
	}

	/**
	 * Art. 45: while the case stands still (a hearing, testing, expert review…) it is
	 * neither sent to the leader nor decided; it is resumed first, so its clocks run
	 * again.
	 */
	private void requireRunning(PermitCase found) {
		if (suspensions.findByCaseIdAndResumedAtIsNull(found.id()).isPresent()) {
			throw DecisionRefused.of("permit.decision.refused.suspended", found.number());
		}
	}

	private PermitCase decide(long caseId, Decision decision, String text, String actor) {
		PermitCase found = locked(caseId, actor, true);
		requireState(found, PermitCaseState.REVIEWED);
		requireRunning(found);
		joint.requireAllDecided(found);
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		LicenceType licence = decision == Decision.APPROVED ? licenceOf(found) : null;
		Instant now = clock.instant();
		String documentNumber = numbers.take(found.departmentId(), found.id(), actor);
		String remedy = decision == Decision.REFUSED ? remedy(found.departmentId()) : null;
		found.decided(decision, documentNumber, text, licence == null ? null : licence.code(), remedy, actor, now);
		stop(found.legalClockId());
		if (licence == null) {
			stop(found.promisedClockId());
		}
		String what = decision == Decision.APPROVED ? "准予许可" : "不予许可";
		move(found, licence == null ? PermitCaseState.CLOSED : PermitCaseState.DECIDED, actor, decision.name(),
				what + "（" + documentNumber + "）：" + text, licence == null ? null : OpenStep
					.one(Assignee.unit(found.departmentId(), UnitSeals.SEAL_PERMISSION, roleName("SEAL_KEEPER"))));
		String number = java.util.Objects.requireNonNull(found.number());
		record(actor, "permit.case.decided", found, what + " " + number + "，" + documentNumber + "：" + text);
		events.publishEvent(new CaseDecided(found.id(), number, found.departmentId(), found.mainCaseId(), decision,
				documentNumber, text, licence != null, actor, now));
		if (licence == null) {
			events.publishEvent(
					new CaseClosed(found.id(), number, found.departmentId(), found.mainCaseId(), decision, null, now));
		}
		publish(found, guide, decision, documentNumber, text, licence, actor);
		return found;
	}

	/**
	 * 双公示 of the decision (a 并联 sub-case's decision is the lead department's to publish
	 * with the main case's). A citizen's 身份证号 comes sealed from the window registration,
	 * or from their account for an online application (an audited read).
	 */
	private void publish(PermitCase found, Guide guide, Decision decision, String documentNumber, String text,
			@Nullable LicenceType licence, String actor) {
		if (found.mainCaseId() != null) {
			return;
		}
		boolean citizen = found.applicantKind() == ApplicantKind.CITIZEN;
		String idNumber = citizen ? idNumber(found, documentNumber, actor) : null;
		publications.publish(new PublishDecision(PublicationKind.PERMIT,
				citizen ? CounterpartKind.NATURAL_PERSON : CounterpartKind.LEGAL_PERSON, found.applicantName(),
				citizen ? null : found.applicantIdentifier(), null, idNumber,
				decision == Decision.APPROVED ? "准予行政许可决定书" : "不予行政许可决定书", documentNumber, "普通",
				licence == null ? null : messages.getMessage(licence.messageKey(), null, Locale.SIMPLIFIED_CHINESE),
				null, null, null, cut(guide.basis(), 2000),
				decision == Decision.APPROVED ? guide.name() + "：" + cut(text, 3000) : guide.name() + "：不予行政许可", null,
				null, null, today(), null, null, null, found.departmentId(), found.id(), found.number(), null), actor);
	}

	private @Nullable String idNumber(PermitCase found, String documentNumber, String actor) {
		if (found.applicantIdSealed() != null) {
			return seals.unseal(found.applicantIdSealed()).value();
		}
		if (found.applicantAccountId() != null) {
			return publicAccounts
				.idNumberForRecord(found.applicantAccountId(), "行政许可决定双公示（" + documentNumber + "）", actor)
				.orElse(null);
		}
		return null;
	}

	private PermitCase visible(String number, Predicate<PermitCase> may) {
		PermitCase found = cases.findByNumber(number.strip()).orElseThrow(DecisionRefused::notFound);
		if (!may.test(found)) {
			throw DecisionRefused.notFound();
		}
		return found;
	}

	/** The case's row locked, for the department's reviewer (or leader). */
	private PermitCase locked(long caseId, String actor, boolean leader) {
		if (!rows.lock(caseId)) {
			throw DecisionRefused.notFound();
		}
		PermitCase found = cases.findById(caseId).orElseThrow(DecisionRefused::notFound);
		boolean may = leader ? access.leader(actor, found.departmentId())
				: access.reviewer(actor, found.departmentId());
		if (found.number() == null || !may) {
			throw DecisionRefused.notFound();
		}
		return found;
	}

	/**
	 * Refuses, naming who acted last and when, a case no longer where the step starts.
	 */
	private void requireState(PermitCase found, PermitCaseState expected) {
		if (found.state() == expected) {
			return;
		}
		HistoryEntry last = null;
		if (found.caseworkCaseId() != null) {
			List<HistoryEntry> history = casework.history(found.caseworkCaseId());
			for (HistoryEntry entry : history) {
				if (entry.toState() != null && entry.toState().equals(found.state().name())) {
					last = entry;
				}
			}
		}
		throw DecisionRefused.alreadyHandled(String.valueOf(found.number()), last == null ? "" : last.actorName(),
				last == null ? "" : MINUTE.format(last.at().atZone(clock.getZone())), found.state());
	}

	private void stop(@Nullable Long clockId) {
		if (clockId != null) {
			deadlines.stop(clockId);
		}
	}

	private void move(PermitCase found, PermitCaseState to, String actor, String decision, String opinion,
			@Nullable OpenStep step) {
		Long caseId = found.caseworkCaseId();
		if (caseId == null) {
			return;
		}
		Transition transition = Transition.to(caseId, to, actor).because(decision, cut(opinion, 2000));
		casework.transition(step == null ? transition : transition.opening(step));
	}

	private static String text(@Nullable String value, int max, String refusal) {
		String stripped = value == null ? "" : value.strip();
		if (stripped.isEmpty() || stripped.length() > max) {
			throw DecisionRefused.of(refusal, max);
		}
		return stripped;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

	private void record(String actor, String action, PermitCase found, String summary) {
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, action, OBJECT,
				String.valueOf(found.number()), cut(summary, 1000)));
	}

}
