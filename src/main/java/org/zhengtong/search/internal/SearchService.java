package org.zhengtong.search.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.content.ArticlePublished;
import org.zhengtong.content.ArticleWithdrawn;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.SiteView;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;
import org.zhengtong.search.ZeroResultQuery;

/**
 * Search over published articles with the embedded Lucene index. Each word or phrase of a
 * query must be present as its bigrams (in the title, or in the text); BM25 ranks, the
 * exact phrase counts extra, newer first on a tie; every result shown is checked to
 * contain each phrase, so what the reader sees always matches what they typed.
 */
@Service
class SearchService implements Search, ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	static final int LONGEST_QUERY = 100;

	static final int MOST_TERMS = 10;

	static final int SNIPPET = 120;

	/** How far down the ranking a page is looked for, when many lack the exact phrase. */
	static final int MOST_CANDIDATES = 5000;

	/**
	 * How many of the best by words are ranked again with the exact phrases (which would
	 * cost too much over every match).
	 */
	static final int RESCORED = 200;

	private final LuceneIndex index;

	private final Articles articles;

	private final Channels channels;

	private final Disclosures disclosures;

	private final JobManagement jobs;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Whether a rebuild is under way (one at a time), and the last one started. */
	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile @Nullable JobView lastRebuild;

	/** Articles published or withdrawn while a rebuild runs. */
	private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();

	SearchService(LuceneIndex index, Articles articles, Channels channels, Disclosures disclosures, JobManagement jobs,
			JdbcClient jdbc, Clock clock) {
		this.index = index;
		this.articles = articles;
		this.channels = channels;
		this.disclosures = disclosures;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void published(ArticlePublished event) {
		changed(event.articleId());
	}

	@ApplicationModuleListener
	void withdrawn(ArticleWithdrawn event) {
		changed(event.articleId());
	}

	/**
	 * During a rebuild an article that changes is noted first, and synced again when the
	 * rebuild ends: the rebuild may have read it before this change and write it after.
	 */
	private void changed(long article) {
		if (rebuilding.get()) {
			changedDuringRebuild.add(article);
		}
		sync(article);
	}

	/**
	 * The article as the database has it now: indexed while published, gone otherwise.
	 */
	private void sync(long article) {
		articles.published(article)
			.filter((found) -> !found.withdrawn())
			.flatMap((found) -> document(found, place(found.channelId())))
			.ifPresentOrElse((document) -> index.put(id(article), document), () -> index.remove(id(article)));
	}

	/**
	 * An empty index beside published articles (a new or restored instance, a deleted
	 * directory), one written by an older version or one whose rebuild was interrupted is
	 * rebuilt at start, as a job.
	 */
	@Override
	public void run(ApplicationArguments arguments) {
		if (!index.current()) {
			log.info("The search index was written by another version or not finished: rebuilding it");
			rebuild("system");
		}
		else if (index.size() == 0 && articles.publishedCount() > 0) {
			log.info("The search index is empty: rebuilding it from the database");
			rebuild("system");
		}
	}

	@Override
	public synchronized JobView rebuild(String actor) {
		JobView last = lastRebuild;
		if (rebuilding.get() && last != null) {
			return last;
		}
		rebuilding.set(true);
		try {
			JobView started = jobs.start("search.rebuild", "重建站内搜索索引", actor, (progress) -> {
				try {
					return rebuildIndex(progress);
				}
				finally {
					rebuilding.set(false);
				}
			});
			lastRebuild = started;
			return started;
		}
		catch (RuntimeException ex) {
			rebuilding.set(false);
			throw ex;
		}
	}

	@Override
	public boolean rebuilding() {
		return rebuilding.get();
	}

	private String rebuildIndex(JobProgress progress) throws IOException {
		progress.total(articles.publishedCount());
		changedDuringRebuild.clear();
		index.startRebuild();
		long done = 0;
		long after = 0;
		Map<UUID, Optional<Place>> places = new HashMap<>();
		List<PublishedArticle> batch;
		while (!(batch = articles.publishedAfter(after, 1000)).isEmpty()) {
			for (PublishedArticle article : batch) {
				Optional<Document> document = document(article,
						places.computeIfAbsent(article.channelId(), this::place));
				if (document.isPresent()) {
					index.putWithoutCommit(id(article.id()), document.get());
				}
			}
			after = batch.get(batch.size() - 1).id();
			done += batch.size();
			progress.advance(batch.size());
			if (done % 50_000 < batch.size()) {
				index.commit();
			}
		}
		for (Long article : List.copyOf(changedDuringRebuild)) {
			changedDuringRebuild.remove(article);
			sync(article);
		}
		index.rebuilt();
		return "索引了 " + done + " 篇已发布的文章";
	}

	/** Where an article appears: its channel and the channel's site. */
	private record Place(ChannelView channel, SiteView site) {
	}

	private Optional<Place> place(UUID channel) {
		return channels.find(channel).map((found) -> new Place(found, channels.site(found.siteCode())));
	}

	private Optional<Document> document(PublishedArticle article, Optional<Place> place) {
		if (place.isEmpty()) {
			return Optional.empty();
		}
		ChannelView channel = place.get().channel();
		SiteView site = place.get().site();
		String body = article.text();
		String reference = channel.kind() == ChannelKind.DISCLOSURE
				? disclosures.item(article.id()).map(DisclosureItem::reference).orElse(null) : null;
		Document document = new Document();
		document.add(new StringField(SearchFields.ID, id(article.id()), Field.Store.YES));
		SearchType type = reference == null ? SearchType.ARTICLE : SearchType.DISCLOSURE;
		document.add(new StringField(SearchFields.TYPE, type.name(), Field.Store.YES));
		document.add(new StringField(SearchFields.SITE, site.code(), Field.Store.NO));
		document.add(new StringField(SearchFields.CHANNEL, channel.id().toString(), Field.Store.YES));
		document.add(new StoredField(SearchFields.CHANNEL_NAME, channel.name()));
		document.add(new TextField(SearchFields.TITLE, article.title(), Field.Store.YES));
		document.add(new StoredField(SearchFields.BODY, body));
		document.add(new TextField(SearchFields.TEXT, searchable(article.title(), body, reference), Field.Store.NO));
		if (reference != null) {
			document.add(new StoredField(SearchFields.REFERENCE, reference));
		}
		long published = article.firstPublishedAt().toEpochMilli();
		document.add(new LongPoint(SearchFields.PUBLISHED, published));
		document.add(new NumericDocValuesField(SearchFields.PUBLISHED, published));
		document.add(new StoredField(SearchFields.PUBLISHED, published));
		document.add(new StoredField(SearchFields.PATH, site.pathPrefix() + "/articles/" + article.id()));
		return Optional.of(document);
	}

	/** What the words of a query are looked for in, and checked against. */
	private static String searchable(String title, String body, @Nullable String reference) {
		return title + "\n" + body + (reference == null ? "" : "\n" + reference);
	}

	@Override
	public SearchResults search(SearchQuery query) {
		List<String> terms = terms(query.text());
		int size = Math.max(1, Math.min(50, query.size()));
		int page = Math.max(0, Math.min(99, query.page()));
		Query built = terms.isEmpty() ? null : query(terms, query);
		Query phrases = phrases(terms);
		if (built == null) {
			return new SearchResults(List.of(), 0, false, false, page, size, terms);
		}
		SearchResults results = index.read((searcher) -> {
			int candidates = (page + 2) * size;
			while (true) {
				// By the words first (cheap over every match), then the best of those
				// again with the exact phrases.
				int window = Math.max(candidates, RESCORED);
				TopDocs top = QueryRescorer.rescore(searcher, searcher.search(built, window), phrases, 1, window);
				Collected collected = collect(searcher, top.scoreDocs, terms, page, size);
				List<SearchHit> hits = collected.hits();
				boolean everyCandidate = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
						&& top.scoreDocs.length == top.totalHits.value;
				if (hits.size() == size || everyCandidate || candidates >= MOST_CANDIDATES) {
					if (everyCandidate && hits.size() < size) {
						// Every document with the bigrams was read: the count is exact.
						return new SearchResults(hits, collected.matched(), false, false, page, size, terms);
					}
					boolean moreThan = top.totalHits.relation != TotalHits.Relation.EQUAL_TO;
					return new SearchResults(hits, top.totalHits.value, collected.dropped() && !moreThan, moreThan,
							page, size, terms);
				}
				// Too many had the bigrams without the phrase: read further down the
				// ranking.
				candidates = Math.min(MOST_CANDIDATES, candidates * 4);
			}
		});
		if (results.total() == 0 && page == 0) {
			recordZero(query.site(), String.join(" ", terms));
		}
		return results;
	}

	/**
	 * A page of results from the ranked candidates.
	 *
	 * @param matched how many candidates, up to the end of the page, hold every phrase
	 * @param dropped whether a candidate had the bigrams but not the phrase
	 */
	private record Collected(List<SearchHit> hits, int matched, boolean dropped) {
	}

	/**
	 * Reads the candidates in rank order, newer first among equal scores, and keeps those
	 * that contain every phrase, until the page is full.
	 */
	private static Collected collect(IndexSearcher searcher, ScoreDoc[] docs, List<String> terms, int page, int size)
			throws IOException {
		List<SearchHit> hits = new ArrayList<>();
		boolean dropped = false;
		int matched = 0;
		for (int from = 0; from < docs.length && hits.size() < size;) {
			int to = from;
			while (to < docs.length && docs[to].score == docs[from].score) {
				to++;
			}
			List<Document> tied = new ArrayList<>();
			for (int i = from; i < to; i++) {
				tied.add(searcher.storedFields().document(docs[i].doc));
			}
			tied.sort(Comparator.comparingLong(SearchService::publishedAt).reversed());
			for (Document document : tied) {
				if (hits.size() == size) {
					break;
				}
				String title = document.get(SearchFields.TITLE);
				String body = document.get(SearchFields.BODY);
				if (!containsAll(searchable(title, body, document.get(SearchFields.REFERENCE)), terms)) {
					// Its bigrams are there, the phrase is not: not shown.
					dropped = true;
				}
				else if (++matched > page * size) {
					hits.add(hit(document, title, body, terms));
				}
			}
			from = to;
		}
		return new Collected(hits, matched, dropped);
	}

	private static long publishedAt(Document document) {
		return document.getField(SearchFields.PUBLISHED).numericValue().longValue();
	}

	private static SearchHit hit(Document document, String title, String body, List<String> terms) {
		return new SearchHit(document.get(SearchFields.ID), SearchType.valueOf(document.get(SearchFields.TYPE)), title,
				document.get(SearchFields.PATH), UUID.fromString(document.get(SearchFields.CHANNEL)),
				document.get(SearchFields.CHANNEL_NAME), Instant.ofEpochMilli(publishedAt(document)),
				snippet(body, terms), document.get(SearchFields.REFERENCE));
	}

	/** The exact phrases, title and text: the second pass over the best candidates. */
	private static Query phrases(List<String> terms) {
		BooleanQuery.Builder phrases = new BooleanQuery.Builder();
		for (String term : terms) {
			List<String> tokens = LuceneIndex.tokens(term);
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
				all.add(new TermQuery(new Term(SearchFields.TEXT, token)), Occur.MUST);
				inTitle.add(new TermQuery(new Term(SearchFields.TITLE, token)), Occur.MUST);
			}
			all.add(new BoostQuery(inTitle.build(), 2f), Occur.SHOULD);
		}
		if (!any) {
			return null;
		}
		all.add(new TermQuery(new Term(SearchFields.SITE, query.site())), Occur.FILTER);
		if (query.type() != null) {
			all.add(new TermQuery(new Term(SearchFields.TYPE, query.type().name())), Occur.FILTER);
		}
		if (query.channel() != null) {
			all.add(new TermQuery(new Term(SearchFields.CHANNEL, query.channel().toString())), Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			ZoneId zone = clock.getZone();
			long from = query.from() == null ? Long.MIN_VALUE
					: query.from().atStartOfDay(zone).toInstant().toEpochMilli();
			long to = query.to() == null ? Long.MAX_VALUE
					: query.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
			all.add(LongPoint.newRangeQuery(SearchFields.PUBLISHED, from, to), Occur.FILTER);
		}
		return all.build();
	}

	/**
	 * Words and phrases as typed, separated by spaces; at most 100 characters and 10
	 * terms.
	 */
	static List<String> terms(String text) {
		String cut = text.strip();
		if (cut.length() > LONGEST_QUERY) {
			cut = cut.substring(0, LONGEST_QUERY);
		}
		return Arrays.stream(cut.split("[\\s\u3000]+"))
			.map(String::strip)
			.filter((term) -> !term.isEmpty())
			.distinct()
			.limit(MOST_TERMS)
			.toList();
	}

	static boolean containsAll(String text, List<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		return terms.stream().allMatch((term) -> lower.contains(term.toLowerCase(Locale.ROOT)));
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
		String extract = body.substring(start, end);
		String extractLower = extract.toLowerCase(Locale.ROOT);
		StringBuilder html = new StringBuilder(start > 0 ? "…" : "");
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
		return html.append(end < body.length() ? "…" : "").toString();
	}

	private void recordZero(String site, String text) {
		if (text.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql(
				"""
						INSERT INTO search_zero_result (site, text, first_at, last_at) VALUES (?, ?, ?, ?)
						ON CONFLICT (site, text) DO UPDATE SET times = search_zero_result.times + 1, last_at = EXCLUDED.last_at""")
			.params(site, text, now, now)
			.update();
	}

	@Override
	public List<ZeroResultQuery> zeroResults(int limit) {
		return jdbc.sql("SELECT * FROM search_zero_result ORDER BY times DESC, last_at DESC LIMIT ?")
			.param(limit)
			.query((row, number) -> new ZeroResultQuery(row.getString("site"), row.getString("text"),
					row.getLong("times"), row.getTimestamp("last_at").toInstant()))
			.list();
	}

	@Override
	public long size() {
		return index.size();
	}

	private static String id(long article) {
		return "article:" + article;
	}

}
