package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One revision of an article.
 *
 * @param state where it stands; SCHEDULED waits for {@code publishAt}
 * @param comment the reviewer's comment on a returned revision (the latest return; every
 * return is in {@link Articles#returns})
 * @param publishAt when a scheduled revision goes on the site
 * @param coverLink the file link of its 题图, one of its images
 */
public record RevisionView(long id, long articleId, int number, UUID channelId, RevisionState state, String title,
		@Nullable String subtitle, @Nullable String source, @Nullable String author, String body, String drafter,
		@Nullable Instant submittedAt, @Nullable String reviewer, @Nullable String comment, @Nullable Instant decidedAt,
		Instant createdAt, Instant updatedAt, @Nullable Instant publishAt, java.util.List<String> tags,
		@Nullable UUID coverLink) {

	public boolean open() {
		return state.open();
	}

}
