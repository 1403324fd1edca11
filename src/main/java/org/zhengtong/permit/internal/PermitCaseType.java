package org.zhengtong.permit.internal;

import static org.zhengtong.permit.PermitCaseState.ACCEPTED;
import static org.zhengtong.permit.PermitCaseState.CLOSED;
import static org.zhengtong.permit.PermitCaseState.CORRECTION;
import static org.zhengtong.permit.PermitCaseState.DECIDED;
import static org.zhengtong.permit.PermitCaseState.DRAFT;
import static org.zhengtong.permit.PermitCaseState.REJECTED;
import static org.zhengtong.permit.PermitCaseState.REVIEWED;
import static org.zhengtong.permit.PermitCaseState.SUBMITTED;
import static org.zhengtong.permit.PermitCaseState.WITHDRAWN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;
import org.zhengtong.permit.PermitCaseState;

/**
 * The permit case as a case of the core: every state change goes through
 * {@code Casework.transition}, which refuses what is not declared here. The core case
 * starts in DRAFT and, in the submitting transaction, moves to SUBMITTED (a 待受理 task): a
 * transition is what opens a step. A 并联 sub-case starts accepted with its main case.
 */
@Configuration(proxyBeanMethods = false)
class PermitCaseType {

	static final String CODE = "permit.case";

	/** The counter scope of 办件编号 ({@code XK2026000123}, gap-free per year). */
	static final String NUMBER_SCOPE = "permit.case";

	@Bean
	CaseType<PermitCaseState> permitCase() {
		return CaseType.of(CODE, "permit", PermitCaseState.class, DRAFT)
			.allow(DRAFT, SUBMITTED, ACCEPTED)
			// 受理, 不予受理, 一次性告知补正 (art. 32), withdrawn by the applicant
			.allow(SUBMITTED, ACCEPTED, REJECTED, CORRECTION, WITHDRAWN)
			// the materials arrived: back to 待受理 (a 补正已到 task)
			.allow(CORRECTION, SUBMITTED, REJECTED, WITHDRAWN)
			.allow(ACCEPTED, REVIEWED)
			// 决定: 准予 with a licence to issue (DECIDED), or 准予 without one / 不予许可
			// (CLOSED); or back to the reviewer
			.allow(REVIEWED, DECIDED, CLOSED, ACCEPTED)
			// 发证 (art. 44)
			.allow(DECIDED, CLOSED)
			.terminal(CLOSED, REJECTED, WITHDRAWN)
			.build();
	}

}
