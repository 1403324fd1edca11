package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line of the editors' desk: an article and its open or newest revision. */
public record DeskItem(long articleId, long revisionId, UUID channelId, String channelName, String title,
		RevisionState state, ArticleState articleState, String drafter, @Nullable String reviewer, Instant updatedAt,
		@Nullable Instant publishAt) {
}
