package org.zhengtong.permit.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * 并联审批 reminders as cases of the core: a task in the lead department's 待办 for its 审批负责人,
 * pointing at the main case — a sub-case was refused (子件不予许可), or every sub-case is
 * decided and the main waits for its decision. Done when the main case is decided.
 */
@Configuration(proxyBeanMethods = false)
class JointReminderType {

	static final String CODE = "permit.joint-reminder";

	/** The states of a reminder. */
	enum ReminderState {

		NEW, WAITING, DONE

	}

	@Bean
	CaseType<ReminderState> jointReminderCaseType() {
		return CaseType.of(CODE, "permit", ReminderState.class, ReminderState.NEW)
			.allow(ReminderState.NEW, ReminderState.WAITING)
			.allow(ReminderState.WAITING, ReminderState.DONE)
			.terminal(ReminderState.DONE)
			.build();
	}

}
