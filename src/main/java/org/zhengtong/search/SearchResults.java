package org.zhengtong.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A page of results.
 *
 * @param total how many documents match
 * @param approximate whether {@code total} may count a few documents that hold the words
 * apart rather than the phrase: shown as 约 N 条
 * @param moreThan whether counting stopped at {@code total} (very common words): shown as
 * N 条以上
 * @param terms the words and phrases searched for
 * @param suggestion when nothing was found: the nearest query that finds something (a
 * typing error corrected, 您是不是要找), or {@code null}
 */
public record SearchResults(List<SearchHit> hits, long total, boolean approximate, boolean moreThan, int page, int size,
		List<String> terms, @Nullable String suggestion) {

	public SearchResults(List<SearchHit> hits, long total, boolean approximate, boolean moreThan, int page, int size,
			List<String> terms) {
		this(hits, total, approximate, moreThan, page, size, terms, null);
	}

	public SearchResults withSuggestion(@Nullable String suggestion) {
		return new SearchResults(hits, total, approximate, moreThan, page, size, terms, suggestion);
	}

	public SearchResults withHits(List<SearchHit> hits) {
		return new SearchResults(hits, total, approximate, moreThan, page, size, terms, suggestion);
	}

	public int pages() {
		return (int) Math.max(1, Math.min(100, (total + size - 1) / size));
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}
