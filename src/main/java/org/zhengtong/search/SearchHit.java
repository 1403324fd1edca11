package org.zhengtong.search;

import java.time.Instant;
import java.util.UUID;

/**
 * One result.
 *
 * @param path the page's address on its site
 * @param snippet an extract around the first match, HTML-escaped, matches in
 * {@code <mark>}
 */
public record SearchHit(String id, String title, String path, UUID channelId, String channelName, Instant publishedAt,
		String snippet) {
}
