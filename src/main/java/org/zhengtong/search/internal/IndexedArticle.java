package org.zhengtong.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchType;

/**
 * A published article as every search engine indexes it, and what a result is made from.
 *
 * @param id {@code article:} and the article's id
 * @param site the site it appears on ({@code zh}, {@code en})
 * @param body the text without markup, for snippets
 * @param reference a disclosure item's 发文字号 and 索引号, or {@code null}
 * @param path its page on its site
 */
record IndexedArticle(String id, SearchType type, String site, UUID channel, String channelName, String title,
		String body, @Nullable String reference, Instant published, String path) {

	static final int SNIPPET = 120;

	/** What the words of a query are looked for in, and checked against. */
	String text() {
		return title + "\n" + body + (reference == null ? "" : "\n" + reference);
	}

	/** Whether every word or phrase is in the text, as typed (case aside). */
	boolean containsAll(List<String> terms) {
		String lower = text().toLowerCase(Locale.ROOT);
		return terms.stream().allMatch((term) -> lower.contains(term.toLowerCase(Locale.ROOT)));
	}

	SearchHit hit(List<String> terms) {
		return new SearchHit(id, type, title, mark(title, terms), path, channel, channelName, published,
				snippet(body, terms), reference, null);
	}

	/** Around the first match in the text (or its start), escaped, each match marked. */
	static String snippet(String body, List<String> terms) {
		String lower = body.toLowerCase(Locale.ROOT);
		int first = terms.stream()
			.mapToInt((term) -> lower.indexOf(term.toLowerCase(Locale.ROOT)))
			.filter((at) -> at >= 0)
			.min()
			.orElse(0);
		int start = Math.max(0, first - 30);
		int end = Math.min(body.length(), start + SNIPPET);
		return (start > 0 ? "…" : "") + mark(body.substring(start, end), terms) + (end < body.length() ? "…" : "");
	}

	/** The text escaped, each match of a term marked. */
	static String mark(String extract, List<String> terms) {
		String extractLower = extract.toLowerCase(Locale.ROOT);
		StringBuilder html = new StringBuilder();
		int at = 0;
		while (at < extract.length()) {
			int next = -1;
			String found = null;
			for (String term : terms) {
				int position = extractLower.indexOf(term.toLowerCase(Locale.ROOT), at);
				if (position >= 0 && (next < 0 || position < next)) {
					next = position;
					found = term;
				}
			}
			if (next < 0) {
				html.append(HtmlUtils.htmlEscape(extract.substring(at)));
				break;
			}
			html.append(HtmlUtils.htmlEscape(extract.substring(at, next)))
				.append("<mark>")
				.append(HtmlUtils.htmlEscape(extract.substring(next, next + found.length())))
				.append("</mark>");
			at = next + found.length();
		}
		return html.toString();
	}

}
