package org.zhengtong.search;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.content.Validity;

/**
 * One result.
 *
 * @param type an article or a disclosure item
 * @param path the page's address on its site
 * @param reference for a disclosure item: its 发文字号 and 索引号, or {@code null}
 * @param markedTitle the title HTML-escaped, matches in {@code <mark>}
 * @param snippet an extract around the first match, HTML-escaped, matches in
 * {@code <mark>}
 * @param validity a disclosure item's 有效性 when it is no longer valid (已失效, 已废止), else
 * {@code null}
 */
public record SearchHit(String id, SearchType type, String title, String markedTitle, String path, UUID channelId,
		String channelName, Instant publishedAt, String snippet, @Nullable String reference,
		@Nullable Validity validity) {

	/** The article's number, from its id ({@code article:42}). */
	public long articleId() {
		return Long.parseLong(id.substring(id.indexOf(':') + 1));
	}

	public SearchHit withValidity(@Nullable Validity validity) {
		return new SearchHit(id, type, title, markedTitle, path, channelId, channelName, publishedAt, snippet,
				reference, validity);
	}

}
