package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A survey (网上调查) or consultation (意见征集) as the public reads it: its title and
 * description, and the 采纳情况 once its results are published.
 *
 * @param adoption {@code null} until the results are published, or when none was given
 * @param opensAt when it opens for answers (the date results list it under)
 */
public record SurveyEntry(UUID id, boolean consultation, String title, String description, @Nullable String adoption,
		Instant opensAt) {

	/** Where the public reads it on the Chinese site. */
	public String path() {
		return "/interaction/surveys/" + id;
	}

}
