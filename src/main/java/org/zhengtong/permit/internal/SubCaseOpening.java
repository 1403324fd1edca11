package org.zhengtong.permit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.Transition;
import org.zhengtong.permit.CaseAccepted;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;

/**
 * Opens the sub-cases of a 并联 item's case when it is accepted: one per other department
 * the guide names, numbered after the main ({@code XK2026000123-1}, {@code -2}, … in the
 * order of the departments' names), accepted with the main (core DRAFT → ACCEPTED with a
 * 审查 task for the department's 审批人员), each with its own 承诺 and 法定 clocks counted from the
 * main's acceptance within the joint limit. Listens in the accepting transaction, so an
 * acceptance that rolls back leaves no sub-case, and a sub-case never exists without its
 * accepted main.
 */
@Component
class SubCaseOpening {

	private final PermitCases cases;

	private final Guides guides;

	private final JointCases joint;

	private final Casework casework;

	private final Deadlines deadlines;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SubCaseOpening(PermitCases cases, Guides guides, JointCases joint, Casework casework, Deadlines deadlines,
			MessageSource messages, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.guides = guides;
		this.joint = joint;
		this.casework = casework;
		this.deadlines = deadlines;
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(CaseAccepted accepted) {
		PermitCase main = cases.findById(accepted.caseId()).orElseThrow();
		if (main.mainCaseId() != null || main.number() == null) {
			return;
		}
		Guide guide = guides.findById(main.guideId()).orElseThrow();
		if (!guide.joint() || !joint.subCasesOf(main).isEmpty()) {
			return;
		}
		List<UUID> departments = new ArrayList<>(guide.jointDepartments());
		departments.remove(main.departmentId());
		departments.sort(Comparator.comparing(joint::departmentName).thenComparing(UUID::toString));
		int position = 0;
		for (UUID department : departments) {
			position++;
			open(main, guide, department, main.number() + "-" + position, accepted.acceptedBy());
		}
	}

	private void open(PermitCase main, Guide guide, UUID department, String number, String actor) {
		PermitCase sub = cases.saveAndFlush(PermitCase.subCaseOf(main, department, number));
		String departmentName = joint.departmentName(department);
		CaseView core = casework.start(new StartCase(PermitCaseType.CODE, String.valueOf(sub.id()),
				cut(number + " " + guide.name() + "（" + sub.applicantName() + "，并联子件）", 300),
				"/workbench/permit/cases/" + sub.id(), department, actor, null));
		sub.subCaseStarted(core.id());
		var from = java.util.Objects.requireNonNull(main.acceptedAt());
		long promised = deadlines.start(new StartClock("permit", cut(number + " 承诺时限", 200), Measure.WORKING_DAYS,
				JointCases.promisedDays(guide), from, null));
		long legal = deadlines.start(new StartClock("permit", cut(number + " 法定时限", 200), Measure.WORKING_DAYS,
				JointCases.legalDays(guide), from, null));
		sub.clocks(promised, legal);
		casework.transition(Transition.to(core.id(), PermitCaseState.ACCEPTED, actor)
			.because(null, "并联审批：随主件 " + main.number() + " 受理")
			.opening(OpenStep.one(Assignee.unit(department, PermitRoles.REVIEW,
					departmentName + " · " + roleName("PERMIT_REVIEWER")))));
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "permit.case.joint-opened",
				AcceptanceDesk.OBJECT, number, cut("并联子件 " + number + "（" + departmentName + "），主件 " + main.number()
						+ "，法定期限 " + deadlines.view(legal).dueDay(), 1000)));
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
