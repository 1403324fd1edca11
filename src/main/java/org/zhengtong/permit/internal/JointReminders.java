package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.Transition;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.JointReminderType.ReminderState;

/**
 * What a sub-case's decision means for the lead department (listening in the deciding
 * transaction): a refusal (不予许可) puts a task in the 待办 of the lead department's 审批负责人 on
 * the main case ("子件不予许可：{department}，请决定"); the last decision of the sub-cases puts a
 * 待决定 reminder there when the main case already waits for its decision. The main case's
 * own decision ends its reminders.
 */
@Component
class JointReminders {

	/** The reminder of a refused sub-case: {@code <main>:refused:<sub>}. */
	static String refusedSubject(long main, long sub) {
		return main + ":refused:" + sub;
	}

	/** The reminder that every sub-case has decided: {@code <main>:decided}. */
	static String decidedSubject(long main) {
		return main + ":decided";
	}

	private final PermitCases cases;

	private final JointCases joint;

	private final Casework casework;

	private final MessageSource messages;

	JointReminders(PermitCases cases, JointCases joint, Casework casework, MessageSource messages) {
		this.cases = cases;
		this.joint = joint;
		this.casework = casework;
		this.messages = messages;
	}

	@EventListener
	@Transactional
	void on(CaseDecided decided) {
		Long mainId = decided.mainCaseId();
		if (mainId == null) {
			PermitCase main = cases.findById(decided.caseId()).orElse(null);
			if (main != null) {
				done(main, decided.decidedBy());
			}
			return;
		}
		PermitCase main = cases.findById(mainId).orElseThrow();
		List<PermitCase> subs = joint.subCasesOf(main);
		if (decided.decision() == Decision.REFUSED) {
			remind(main, refusedSubject(main.id(), decided.caseId()),
					"子件不予许可：" + joint.departmentName(decided.departmentId()) + "，请决定（" + main.number() + "，"
							+ decided.number() + "）",
					decided.decidedBy());
		}
		boolean last = subs.stream().allMatch((sub) -> sub.id() == decided.caseId() || sub.decidedAt() != null);
		if (last && main.state() == PermitCaseState.REVIEWED) {
			remind(main, decidedSubject(main.id()), "并联子件均已决定，待决定：" + main.number(), decided.decidedBy());
		}
	}

	private void remind(PermitCase main, String subject, String title, String actor) {
		if (casework.find(JointReminderType.CODE, subject).isPresent()) {
			return;
		}
		CaseView reminder = casework.start(new StartCase(JointReminderType.CODE, subject, cut(title, 300),
				"/workbench/permit/cases/" + main.id(), main.departmentId(), actor, null));
		casework.transition(Transition.to(reminder.id(), ReminderState.WAITING, actor)
			.opening(OpenStep.one(Assignee.unit(main.departmentId(), PermitRoles.DECIDE,
					joint.departmentName(main.departmentId()) + " · " + roleName("PERMIT_LEADER")))));
	}

	/** The main case is decided: its open reminders are done. */
	private void done(PermitCase main, String actor) {
		List<PermitCase> subs = joint.subCasesOf(main);
		if (subs.isEmpty()) {
			return;
		}
		java.util.List<String> subjects = new java.util.ArrayList<>();
		subjects.add(decidedSubject(main.id()));
		subs.forEach((sub) -> subjects.add(refusedSubject(main.id(), sub.id())));
		for (String subject : subjects) {
			casework.find(JointReminderType.CODE, subject)
				.filter((reminder) -> !reminder.closed())
				.ifPresent((reminder) -> casework
					.transition(Transition.to(reminder.id(), ReminderState.DONE, actor).because(null, "主件已决定")));
		}
	}

	private String roleName(String code) {
		return messages.getMessage("role." + code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
