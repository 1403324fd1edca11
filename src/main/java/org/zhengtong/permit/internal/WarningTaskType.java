package org.zhengtong.permit.internal;

import static org.zhengtong.permit.internal.WarningTaskState.OPEN;
import static org.zhengtong.permit.internal.WarningTaskState.RAISED;
import static org.zhengtong.permit.internal.WarningTaskState.RESOLVED;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

/**
 * 电子监察's 黄牌/红牌 in the 待办 inbox: each warning is a small core case of its own, whose one
 * task waits for the department's 审批负责人 until the warning resolves (a task on the permit
 * case itself would be cancelled by the case's next transition, and would cancel the
 * reviewer's).
 */
@Configuration(proxyBeanMethods = false)
class WarningTaskType {

	static final String CODE = "permit.warning";

	@Bean
	CaseType<WarningTaskState> permitWarningTask() {
		return CaseType.of(CODE, "permit", WarningTaskState.class, RAISED)
			.allow(RAISED, OPEN, RESOLVED)
			.allow(OPEN, RESOLVED)
			.terminal(RESOLVED)
			.build();
	}

}
