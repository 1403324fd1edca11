package org.zhengtong.search;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One result.
 *
 * @param type an article or a disclosure item
 * @param path the page's address on its site
 * @param reference for a disclosure item: its 发文字号 and 索引号, or {@code null}
 * @param snippet an extract around the first match, HTML-escaped, matches in
 * {@code <mark>}
 */
public record SearchHit(String id, SearchType type, String title, String path, UUID channelId, String channelName,
		Instant publishedAt, String snippet, @Nullable String reference) {
}
