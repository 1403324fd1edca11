package org.zhengtong.content.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.casework.CaseType;

import static org.zhengtong.content.internal.ReviewState.APPROVED;
import static org.zhengtong.content.internal.ReviewState.DRAFT;
import static org.zhengtong.content.internal.ReviewState.IN_REVIEW;
import static org.zhengtong.content.internal.ReviewState.PUBLISHED;
import static org.zhengtong.content.internal.ReviewState.RETURNED;
import static org.zhengtong.content.internal.ReviewState.SCHEDULED;

/** The case type of article review, declared for the case-work core. */
@Configuration(proxyBeanMethods = false)
class ArticleReviewType {

	static final String CODE = "content.article-review";

	@Bean
	CaseType<ReviewState> articleReviewCaseType() {
		return CaseType.of(CODE, "content", ReviewState.class, DRAFT)
			.allow(DRAFT, IN_REVIEW)
			.allow(IN_REVIEW, RETURNED, APPROVED)
			.allow(RETURNED, IN_REVIEW)
			.allow(APPROVED, SCHEDULED, PUBLISHED)
			// Taken back from its schedule (by a reviewer, a withdrawal, a failure): in
			// review again.
			.allow(SCHEDULED, PUBLISHED, IN_REVIEW)
			.terminal(PUBLISHED)
			.build();
	}

}
