package org.zhengtong.search.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;

/**
 * Search with the embedded Lucene index. Each word or phrase of a query must be present
 * as its bigrams (title and text are one field), a single character among the single
 * characters; BM25 ranks, the title and the exact phrase count extra, newer first on a
 * tie; every result shown is checked to contain each phrase, so what the reader sees
 * always matches what they typed.
 */
@Component
@ConditionalOnProperty(name = "zhengtong.search.engine", havingValue = "lucene", matchIfMissing = true)
class LuceneEngine implements SearchEngine {

	/** How far down the ranking a page is looked for, when many lack the exact phrase. */
	static final int MOST_CANDIDATES = 5000;

	/**
	 * How many of the best by words are ranked again with the exact phrases (which would
	 * cost too much over every match).
	 */
	static final int RESCORED = 200;

	/** During a rebuild, committed every so many articles. */
	static final int COMMIT_EVERY = 50_000;

	/**
	 * Single characters: frequencies for ranking, no positions (a character is one
	 * token).
	 */
	private static final FieldType CHARACTERS;

	static {
		CHARACTERS = new FieldType();
		CHARACTERS.setTokenized(true);
		CHARACTERS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		CHARACTERS.freeze();
	}

	private final LuceneIndex index;

	private final Clock clock;

	private int uncommitted;

	/** The index is opened at its first use (see {@link LuceneIndex}). */
	LuceneEngine(@Lazy LuceneIndex index, Clock clock) {
		this.index = index;
		this.clock = clock;
	}

	@Override
	public void put(IndexedArticle article) {
		index.put(article.id(), document(article));
	}

	@Override
	public void remove(String id) {
		index.remove(id);
	}

	@Override
	public boolean current() {
		return index.current();
	}

	@Override
	public synchronized void startRebuild() throws IOException {
		uncommitted = 0;
		index.startRebuild();
	}

	@Override
	public synchronized void putAll(List<IndexedArticle> articles) throws IOException {
		for (IndexedArticle article : articles) {
			index.putWithoutCommit(article.id(), document(article));
		}
		uncommitted += articles.size();
		if (uncommitted >= COMMIT_EVERY) {
			index.commit();
			uncommitted = 0;
		}
	}

	@Override
	public void rebuilt() throws IOException {
		index.rebuilt();
	}

	@Override
	public long size() {
		return index.size();
	}

	static Document document(IndexedArticle article) {
		Document document = new Document();
		document.add(new StringField(SearchFields.ID, article.id(), Field.Store.YES));
		document.add(new StringField(SearchFields.TYPE, article.type().name(), Field.Store.YES));
		document.add(new StringField(SearchFields.SITE, article.site(), Field.Store.NO));
		document.add(new StringField(SearchFields.CHANNEL, article.channel().toString(), Field.Store.YES));
		document.add(new StoredField(SearchFields.CHANNEL_NAME, article.channelName()));
		document.add(new TextField(SearchFields.TITLE, article.title(), Field.Store.YES));
		document.add(new StoredField(SearchFields.BODY, article.body()));
		document.add(new TextField(SearchFields.TEXT, article.text(), Field.Store.NO));
		document.add(new Field(SearchFields.CHARS, article.text(), CHARACTERS));
		document.add(new Field(SearchFields.TITLE_CHARS, article.title(), CHARACTERS));
		if (article.reference() != null) {
			document.add(new StoredField(SearchFields.REFERENCE, article.reference()));
		}
		long published = article.published().toEpochMilli();
		document.add(new LongPoint(SearchFields.PUBLISHED, published));
		document.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
		document.add(new StoredField(SearchFields.PUBLISHED, published));
		document.add(new StoredField(SearchFields.PATH, article.path()));
		return document;
	}

	/** What was stored of an article (all but its site). */
	private static IndexedArticle article(Document document) {
		return new IndexedArticle(document.get(SearchFields.ID), SearchType.valueOf(document.get(SearchFields.TYPE)),
				"", UUID.fromString(document.get(SearchFields.CHANNEL)), document.get(SearchFields.CHANNEL_NAME),
				document.get(SearchFields.TITLE), document.get(SearchFields.BODY), document.get(SearchFields.REFERENCE),
				Instant.ofEpochMilli(document.getField(SearchFields.PUBLISHED).numericValue().longValue()),
				document.get(SearchFields.PATH));
	}

	@Override
	public SearchResults search(List<String> terms, SearchQuery query, int page, int size) {
		Query built = query(terms, query);
		if (built == null) {
			return new SearchResults(List.of(), 0, false, false, page, size, terms);
		}
		Query phrases = phrases(terms);
		return index.read((searcher) -> {
			int candidates = (page + 2) * size;
			while (true) {
				// By the words first (cheap over every match), then the best of those
				// again with the exact phrases.
				int window = Math.max(candidates, RESCORED);
				TopDocs top = QueryRescorer.rescore(searcher, searcher.search(built, window), phrases, 1, window);
				Collected collected = collect(searcher, top.scoreDocs, terms, page, size);
				boolean everyCandidate = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
						&& top.scoreDocs.length == top.totalHits.value;
				if (collected.hits().size() == size || everyCandidate || candidates >= MOST_CANDIDATES) {
					if (everyCandidate && collected.hits().size() < size) {
						// Every document with the bigrams was read: the count is exact.
						return new SearchResults(collected.hits(), collected.matched(), false, false, page, size,
								terms);
					}
					boolean moreThan = top.totalHits.relation != TotalHits.Relation.EQUAL_TO;
					return new SearchResults(collected.hits(), top.totalHits.value, collected.dropped() && !moreThan,
							moreThan, page, size, terms);
				}
				// Too many had the bigrams without the phrase: read further down the
				// ranking.
				candidates = Math.min(MOST_CANDIDATES, candidates * 4);
			}
		});
	}

	/**
	 * The indexed bigrams or words one edit from this one (two for words of five letters
	 * or more), the most frequent first: Lucene's Levenshtein automaton over the terms of
	 * the text.
	 */
	@Override
	public List<String> similar(String token, int most) {
		return index.read((searcher) -> {
			Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), SearchFields.TEXT);
			if (terms == null) {
				return List.of();
			}
			int edits = token.codePointCount(0, token.length()) >= 5 ? 2 : 1;
			Map<String, Integer> found = new LinkedHashMap<>();
			FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(SearchFields.TEXT, token), edits, 0, true);
			for (var term = near.next(); term != null && found.size() < 1000; term = near.next()) {
				String text = term.utf8ToString();
				if (!text.equals(token)) {
					found.put(text, near.docFreq());
				}
			}
			return found.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.limit(most)
				.map(Map.Entry::getKey)
				.toList();
		});
	}

	/**
	 * A page of results from the ranked candidates.
	 *
	 * @param matched how many candidates, up to the end of the page, hold every phrase
	 * @param dropped whether a candidate had the bigrams but not the phrase
	 */
	private record Collected(List<org.zhengtong.search.SearchHit> hits, int matched, boolean dropped) {
	}

	/**
	 * Reads the candidates in rank order, newer first among equal scores, and keeps those
	 * that contain every phrase, until the page is full.
	 */
	private static Collected collect(IndexSearcher searcher, ScoreDoc[] docs, List<String> terms, int page, int size)
			throws IOException {
		List<org.zhengtong.search.SearchHit> hits = new ArrayList<>();
		boolean dropped = false;
		int matched = 0;
		for (int from = 0; from < docs.length && hits.size() < size;) {
			int to = from;
			while (to < docs.length && docs[to].score == docs[from].score) {
				to++;
			}
			List<IndexedArticle> tied = new ArrayList<>();
			for (int i = from; i < to; i++) {
				tied.add(article(searcher.storedFields().document(docs[i].doc)));
			}
			tied.sort(Comparator.comparing(IndexedArticle::published).reversed());
			for (IndexedArticle article : tied) {
				if (hits.size() == size) {
					break;
				}
				if (!article.containsAll(terms)) {
					// Its bigrams are there, the phrase is not: not shown.
					dropped = true;
				}
				else if (++matched > page * size) {
					hits.add(article.hit(terms));
				}
			}
			from = to;
		}
		return new Collected(hits, matched, dropped);
	}

	/** The exact phrases, title and text: the second pass over the best candidates. */
	private static Query phrases(List<String> terms) {
		BooleanQuery.Builder phrases = new BooleanQuery.Builder();
		for (String term : terms) {
			List<String> tokens = LuceneIndex.tokens(term);
			if (tokens.size() == 1 && LuceneIndex.character(tokens.get(0))) {
				phrases.add(new BoostQuery(new TermQuery(new Term(SearchFields.TITLE_CHARS, tokens.get(0))), 3f),
						Occur.SHOULD);
				phrases.add(new BoostQuery(new TermQuery(new Term(SearchFields.CHARS, tokens.get(0))), 1.5f),
						Occur.SHOULD);
				continue;
			}
			for (String field : List.of(SearchFields.TITLE, SearchFields.TEXT)) {
				PhraseQuery.Builder phrase = new PhraseQuery.Builder();
				for (int i = 0; i < tokens.size(); i++) {
					phrase.add(new Term(field, tokens.get(i)), i);
				}
				phrases.add(new BoostQuery(phrase.build(), field.equals(SearchFields.TITLE) ? 3f : 1.5f), Occur.SHOULD);
			}
		}
		return phrases.build();
	}

	/**
	 * Every bigram of every term must be in the text (title included): one conjunction
	 * over one field, which Lucene skips through by blocks that cannot reach the top;
	 * each term found in the title as well counts extra.
	 */
	private @Nullable Query query(List<String> terms, SearchQuery query) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		boolean any = false;
		for (String term : terms) {
			List<String> tokens = LuceneIndex.tokens(term);
			if (tokens.isEmpty()) {
				continue;
			}
			any = true;
			BooleanQuery.Builder inTitle = new BooleanQuery.Builder();
			for (String token : tokens) {
				// A character alone (网) is a token of the bigram fields only where it
				// stands
				// alone in the text: it is looked for among the single characters.
				boolean character = LuceneIndex.character(token);
				all.add(new TermQuery(new Term(character ? SearchFields.CHARS : SearchFields.TEXT, token)), Occur.MUST);
				inTitle.add(new TermQuery(new Term(character ? SearchFields.TITLE_CHARS : SearchFields.TITLE, token)),
						Occur.MUST);
			}
			all.add(new BoostQuery(inTitle.build(), 2f), Occur.SHOULD);
		}
		if (!any) {
			return null;
		}
		return filtered(all, query);
	}

	/**
	 * How many documents hold every term as a phrase by the index's positions (a few may
	 * hold its bigrams in a row across a line break), filters applied: one count, no text
	 * read. What a correction is weighed by.
	 */
	@Override
	public long count(List<String> terms, SearchQuery query) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			List<String> tokens = LuceneIndex.tokens(term);
			if (tokens.isEmpty()) {
				return 0;
			}
			if (tokens.size() == 1) {
				String token = tokens.get(0);
				all.add(new TermQuery(
						new Term(LuceneIndex.character(token) ? SearchFields.CHARS : SearchFields.TEXT, token)),
						Occur.FILTER);
				continue;
			}
			PhraseQuery.Builder phrase = new PhraseQuery.Builder();
			for (int i = 0; i < tokens.size(); i++) {
				phrase.add(new Term(SearchFields.TEXT, tokens.get(i)), i);
			}
			all.add(phrase.build(), Occur.FILTER);
		}
		Query counted = filtered(all, query);
		return index.read((searcher) -> (long) searcher.count(counted));
	}

	private Query filtered(BooleanQuery.Builder all, SearchQuery query) {
		all.add(new TermQuery(new Term(SearchFields.SITE, query.site())), Occur.FILTER);
		if (query.type() != null) {
			all.add(new TermQuery(new Term(SearchFields.TYPE, query.type().name())), Occur.FILTER);
		}
		if (query.channel() != null) {
			all.add(new TermQuery(new Term(SearchFields.CHANNEL, query.channel().toString())), Occur.FILTER);
		}
		Published published = Published.of(query, clock.getZone());
		if (published != null) {
			all.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, published.from(), published.to()), Occur.FILTER);
		}
		return all.build();
	}

}
