package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.files.FileLink;

/**
 * A line of a list of published articles.
 *
 * @param coverLink the file link of its 题图, or {@code null}
 */
public record ArticleSummary(long id, UUID channelId, String channelName, String title, Instant publishedAt,
		@Nullable UUID coverLink) {

	/** Where its cover image is downloaded, or {@code null}. */
	public @Nullable String coverPath() {
		return coverLink == null ? null : FileLink.downloadPath(coverLink);
	}

}
