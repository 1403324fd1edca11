package org.zhengtong.interaction;

import org.jspecify.annotations.Nullable;

/**
 * A rating of an invited subject. The calling module has made sure the rater is the
 * person served (account or 查询码).
 *
 * @param comment what the rater adds, at most 500 characters
 * @param rater the account name, or {@code AccountManagement.SYSTEM} for someone without
 * one (the audit entry names the subject)
 */
public record GiveRating(RatedSubject subject, RatingLevel level, @Nullable String comment, String rater) {

	public GiveRating {
		if (comment != null && comment.isBlank()) {
			comment = null;
		}
		if (comment != null && comment.length() > 500) {
			throw new IllegalArgumentException("A rating's comment is at most 500 characters");
		}
	}

}
