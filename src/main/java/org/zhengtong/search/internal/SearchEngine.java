package org.zhengtong.search.internal;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;

/**
 * Where the index lives: the embedded Lucene index of one instance (the default), or an
 * OpenSearch cluster several instances share
 * ({@code zhengtong.search.engine=opensearch}). Both analyse Chinese as CJK bigrams (and
 * single characters, for one-character queries) and give the same answers; neither holds
 * anything that is not in the database.
 */
interface SearchEngine {

	/** Adds or replaces the article, searchable at once. */
	void put(IndexedArticle article);

	void remove(String id);

	/**
	 * Whether the index was written the way this version writes it, and not left halfway
	 * through a rebuild (otherwise it is rebuilt at start).
	 */
	boolean current();

	/** Empties the index for a rebuild; until {@link #rebuilt}, it is not current. */
	void startRebuild() throws IOException;

	/** Part of a rebuild: many articles, searchable by {@link #rebuilt} at the latest. */
	void putAll(List<IndexedArticle> articles) throws IOException;

	void rebuilt() throws IOException;

	long size();

	/**
	 * A page of results for terms already cut from the query's text: each term present as
	 * a phrase in every result shown, ranked by relevance, newer first on a tie.
	 */
	SearchResults search(List<String> terms, SearchQuery query, int page, int size);

	/**
	 * How many documents hold every term as a phrase by the index alone (no text read, so
	 * a few may hold its bigrams in a row across a line break), the query's filters
	 * applied: cheap, for weighing corrections.
	 */
	long count(List<String> terms, SearchQuery query);

	/**
	 * Tokens of the index near this one (a CJK bigram or a word, lower case): one edit
	 * away (two for words of five letters or more), the most frequent first, at most
	 * {@code most}. What a misspelt query is corrected from.
	 */
	List<String> similar(String token, int most);

	/**
	 * The query's days as publication times in milliseconds, both ends included, or
	 * {@code null} when it has none.
	 */
	record Published(long from, long to) {

		static @Nullable Published of(SearchQuery query, ZoneId zone) {
			if (query.from() == null && query.to() == null) {
				return null;
			}
			return new Published(
					query.from() == null ? Long.MIN_VALUE : query.from().atStartOfDay(zone).toInstant().toEpochMilli(),
					query.to() == null ? Long.MAX_VALUE
							: query.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1);
		}

	}

}
