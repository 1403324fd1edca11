package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

/** A line of a list of published articles. */
public record ArticleSummary(long id, UUID channelId, String channelName, String title, Instant publishedAt) {
}
