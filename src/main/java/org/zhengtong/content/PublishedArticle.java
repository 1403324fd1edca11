package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * An article as the public sees it (its published revision), or the fact that it was
 * withdrawn.
 *
 * @param state PUBLISHED or WITHDRAWN
 * @param drafter who wrote the published revision
 * @param reviewer who reviewed and published it
 * @param expiresAt when it is to be taken off the site, if ever
 * @param revisionId the published revision
 * @param coverLink the file link of its 题图, or {@code null}
 */
public record PublishedArticle(long id, UUID channelId, ArticleState state, String title, @Nullable String subtitle,
		@Nullable String source, @Nullable String author, String body, Instant firstPublishedAt, Instant publishedAt,
		@Nullable Instant withdrawnAt, String drafter, String reviewer, @Nullable Instant expiresAt,
		java.util.List<String> tags, long revisionId, @Nullable UUID coverLink) {

	public boolean withdrawn() {
		return state == ArticleState.WITHDRAWN;
	}

	/** The body as plain text: tags become spaces, entities characters. */
	public String text() {
		return HtmlUtils.htmlUnescape(body.replaceAll("<[^>]*>", " ")).replaceAll("[ \\t]+", " ").strip();
	}

	/** The start of the text, at most {@code length} characters (and … when cut). */
	public String excerpt(int length) {
		String text = text().replaceAll("\\s+", " ");
		return text.length() <= length ? text : text.substring(0, length) + "…";
	}

}
