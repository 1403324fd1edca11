package org.zhengtong.content.internal;

/**
 * The states of a revision's review case ({@code content.article-review}) on the
 * case-work core: written, in review (抢办 by the channel's reviewers), returned or
 * approved, then scheduled or published.
 */
enum ReviewState {

	DRAFT, IN_REVIEW, RETURNED, APPROVED, SCHEDULED, PUBLISHED

}
