package org.zhengtong.interaction.internal;

import static org.zhengtong.interaction.RequestState.ACCEPTED;
import static org.zhengtong.interaction.RequestState.ASSIGNED;
import static org.zhengtong.interaction.RequestState.CLOSED;
import static org.zhengtong.interaction.RequestState.IN_PROGRESS;
import static org.zhengtong.interaction.RequestState.MERGED;
import static org.zhengtong.interaction.RequestState.NEW;
import static org.zhengtong.interaction.RequestState.RATED;
import static org.zhengtong.interaction.RequestState.REJECTED;
import static org.zhengtong.interaction.RequestState.REOPENED;
import static org.zhengtong.interaction.RequestState.REPLIED;
import static org.zhengtong.interaction.RequestState.REPLY_REVIEW;
import static org.zhengtong.interaction.RequestState.SCREENING;
import static org.zhengtong.interaction.RequestState.SUBMITTED;
import static org.zhengtong.interaction.RequestState.WITHDRAWN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;
import org.zhengtong.interaction.RequestState;

/**
 * The letter (诉求) as a case of the core: every state change goes through
 * {@code Casework.transition}, which refuses what is not declared here.
 */
@Configuration(proxyBeanMethods = false)
class LetterType {

	static final String CODE = "interaction.request";

	/** The counter scope of letter numbers ({@code 2026-000123}, gap-free per year). */
	static final String NUMBER_SCOPE = "interaction.request";

	@Bean
	CaseType<RequestState> letterCaseType() {
		// A case starts in NEW and, in the submitting transaction, moves to SUBMITTED (a
		// 受理
		// task) or SCREENING (a moderation task): a transition is what opens a step.
		return CaseType.of(CODE, "interaction", RequestState.class, NEW)
			.allow(NEW, SUBMITTED, SCREENING)
			.allow(SUBMITTED, ACCEPTED, REJECTED, WITHDRAWN, MERGED)
			.allow(SCREENING, SUBMITTED, REJECTED, WITHDRAWN)
			.allow(ACCEPTED, ASSIGNED, MERGED, REJECTED)
			// back to the office (ACCEPTED) after the unit's objection; 改派 straight to
			// another unit (ASSIGNED again)
			.allow(ASSIGNED, IN_PROGRESS, ACCEPTED, MERGED, ASSIGNED)
			.allow(IN_PROGRESS, REPLY_REVIEW, ACCEPTED, MERGED, ASSIGNED)
			.allow(REPLY_REVIEW, IN_PROGRESS, REPLIED)
			.allow(REPLIED, RATED, REOPENED, CLOSED)
			.allow(RATED, REOPENED, CLOSED)
			.allow(REOPENED, IN_PROGRESS, REPLY_REVIEW)
			.terminal(REJECTED, CLOSED, MERGED, WITHDRAWN)
			.build();
	}

}
