package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One revision of an article.
 *
 * @param state DRAFT, SUBMITTED, RETURNED, SCHEDULED (approved, waiting for
 * {@code publishAt}), PUBLISHED or SUPERSEDED
 * @param comment the reviewer's comment on a returned revision
 * @param publishAt when a scheduled revision goes on the site
 * @param coverLink the file link of its 题图, one of its images
 */
public record RevisionView(long id, long articleId, int number, UUID channelId, String state, String title,
		@Nullable String subtitle, @Nullable String source, @Nullable String author, String body, String drafter,
		@Nullable Instant submittedAt, @Nullable String reviewer, @Nullable String comment, @Nullable Instant decidedAt,
		Instant createdAt, Instant updatedAt, @Nullable Instant publishAt, java.util.List<String> tags,
		@Nullable UUID coverLink) {

	public boolean open() {
		return state.equals("DRAFT") || state.equals("SUBMITTED") || state.equals("RETURNED")
				|| state.equals("SCHEDULED");
	}

}
