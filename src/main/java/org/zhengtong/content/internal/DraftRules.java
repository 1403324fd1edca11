package org.zhengtong.content.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.content.Articles.Draft;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.RelatedLink;

/** What a draft may hold: lengths, tags, related links; the body sanitized. */
final class DraftRules {

	static final int LONGEST_BODY = 1_000_000;

	static final int MOST_TAGS = 10;

	static final int LONGEST_TAG = 20;

	/** A page of this site, or an address on the web without spaces or quotes. */
	private static final java.util.regex.Pattern RELATED_URL = java.util.regex.Pattern
		.compile("(https?://[^\\s\"'<>]+|/(?![/\\\\])[^\\s\"'<>]*)");

	private DraftRules() {
	}

	/** Trimmed, within their lengths, the body sanitized. */
	static Draft checked(Draft draft) {
		String title = draft.title().strip();
		if (title.isEmpty()) {
			throw ContentRefused.titleMissing();
		}
		if (title.length() > 200) {
			throw ContentRefused.tooLong("title", 200);
		}
		if (draft.body().length() > LONGEST_BODY) {
			throw ContentRefused.tooLong("body", LONGEST_BODY);
		}
		List<String> tags = draft.tags()
			.stream()
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
		if (tags.size() > MOST_TAGS || tags.stream().anyMatch((tag) -> tag.length() > LONGEST_TAG)) {
			throw ContentRefused.tags(MOST_TAGS, LONGEST_TAG);
		}
		if (draft.related().size() > MOST_TAGS) {
			throw ContentRefused.relatedLink(draft.related().get(MOST_TAGS).title());
		}
		List<RelatedLink> related = new ArrayList<>();
		for (RelatedLink link : draft.related()) {
			String linkTitle = link.title().strip();
			String url = link.url().strip();
			if (linkTitle.isEmpty() || linkTitle.length() > 100 || url.length() > 500
					|| !RELATED_URL.matcher(url).matches()) {
				throw ContentRefused.relatedLink((linkTitle + " " + url).strip());
			}
			related.add(new RelatedLink(linkTitle, url));
		}
		return new Draft(title, optional(draft.subtitle(), "subtitle"), optional(draft.source(), "source"),
				optional(draft.author(), "author"), RichText.sanitize(RichText.paragraphs(draft.body())), null, tags,
				related);
	}

	private static @Nullable String optional(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > 200) {
			throw ContentRefused.tooLong(field, 200);
		}
		return value.strip();
	}

}
