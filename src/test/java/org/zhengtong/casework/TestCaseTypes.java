package org.zhengtong.casework;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEST ONLY: a case type for the case-work tests, found by the application's component
 * scan when the test classes are on the class path (so the one shared integration-test
 * context has it, and no second context is made). Its code {@code test.review} is used by
 * no module; other tests never see a case of it.
 */
@Configuration(proxyBeanMethods = false)
class TestCaseTypes {

	static final String CODE = "test.review";

	/** 起草 → 审核 → 会签 → 分发 → 办结, or 审核 → 不予通过. */
	enum ReviewState {

		DRAFT, REVIEW, COUNTERSIGN, DISPATCH, DONE, REJECTED

	}

	static CaseType<ReviewState> reviewType() {
		return CaseType.of(CODE, "casework", ReviewState.class, ReviewState.DRAFT)
			.allow(ReviewState.DRAFT, ReviewState.REVIEW)
			.allow(ReviewState.REVIEW, ReviewState.COUNTERSIGN, ReviewState.DONE, ReviewState.REJECTED)
			.allow(ReviewState.COUNTERSIGN, ReviewState.DISPATCH)
			.allow(ReviewState.DISPATCH, ReviewState.DONE)
			.terminal(ReviewState.DONE, ReviewState.REJECTED)
			.build();
	}

	@Bean
	CaseType<ReviewState> testReviewCaseType() {
		return reviewType();
	}

}
