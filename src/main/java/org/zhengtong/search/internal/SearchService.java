package org.zhengtong.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.zhengtong.content.ArticlePublished;
import org.zhengtong.interaction.BoardEntry;
import org.zhengtong.interaction.BoardEntryChanged;
import org.zhengtong.interaction.InterviewChanged;
import org.zhengtong.interaction.InterviewEntry;
import org.zhengtong.interaction.PublishedInterviews;
import org.zhengtong.interaction.PublishedSurveys;
import org.zhengtong.interaction.SurveyChanged;
import org.zhengtong.interaction.SurveyEntry;
import org.zhengtong.interaction.ReplyBoard;
import org.zhengtong.permit.GuideChanged;
import org.zhengtong.permit.GuideEntry;
import org.zhengtong.permit.PublishedGuides;
import org.zhengtong.content.ArticleWithdrawn;
import org.zhengtong.content.PublishedArticles;
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
import org.zhengtong.content.Validity;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;
import org.zhengtong.search.SearchType;
import org.zhengtong.search.ZeroResultQuery;

/**
 * 站内搜索 over published articles, disclosure items and 互动交流's public pages (the reply
 * board, surveys and consultations, online interviews), whichever engine holds the index:
 * queries cut into words and phrases, what found nothing logged for the editors and
 * answered with the nearest query that finds something, a page past the last shown as the
 * last, disclosure items no longer valid marked, the index kept in step with publications
 * and withdrawals by events and rebuilt from the database as a job.
 */
@Service
class SearchService implements Search {

	private static final Logger log = LoggerFactory.getLogger(SearchService.class);

	static final int LONGEST_QUERY = 100;

	static final int MOST_TERMS = 10;

	private final SearchEngine index;

	private final PublishedArticles articles;

	private final Channels channels;

	private final Disclosures disclosures;

	private final ReplyBoard board;

	private final PublishedSurveys surveys;

	private final PublishedInterviews interviews;

	private final PublishedGuides guides;

	private final JobManagement jobs;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Whether a rebuild is under way (one at a time), and the last one started. */
	private final AtomicBoolean rebuilding = new AtomicBoolean();

	private volatile @Nullable JobView lastRebuild;

	/** Articles published or withdrawn while a rebuild runs. */
	private final Set<Long> changedDuringRebuild = ConcurrentHashMap.newKeySet();

	/** Board entries changed while a rebuild runs. */
	private final Set<UUID> boardChangedDuringRebuild = ConcurrentHashMap.newKeySet();

	/** Surveys changed while a rebuild runs. */
	private final Set<UUID> surveysChangedDuringRebuild = ConcurrentHashMap.newKeySet();

	/** Interviews changed while a rebuild runs. */
	private final Set<UUID> interviewsChangedDuringRebuild = ConcurrentHashMap.newKeySet();

	/** Permit items whose guide changed while a rebuild runs. */
	private final Set<Long> guidesChangedDuringRebuild = ConcurrentHashMap.newKeySet();

	/**
	 * The place service guides appear under in results (办事指南 is not a content channel).
	 */
	static final UUID GUIDE_CHANNEL = UUID.nameUUIDFromBytes("permit.guides".getBytes(StandardCharsets.UTF_8));

	/**
	 * The places surveys and interviews appear under in results (not content channels).
	 */
	static final UUID SURVEY_CHANNEL = UUID.nameUUIDFromBytes("interaction.surveys".getBytes(StandardCharsets.UTF_8));

	static final UUID INTERVIEW_CHANNEL = UUID
		.nameUUIDFromBytes("interaction.interviews".getBytes(StandardCharsets.UTF_8));

	/** The place replies appear under in results (回复公开 is not a content channel). */
	static final UUID BOARD_CHANNEL = UUID.nameUUIDFromBytes("interaction.board".getBytes(StandardCharsets.UTF_8));

	static final String BOARD_NAME = "回复公开";

	SearchService(SearchEngine index, PublishedArticles articles, Channels channels, Disclosures disclosures,
			ReplyBoard board, PublishedSurveys surveys, PublishedInterviews interviews, PublishedGuides guides,
			JobManagement jobs, JdbcClient jdbc, Clock clock) {
		this.index = index;
		this.guides = guides;
		this.board = board;
		this.surveys = surveys;
		this.interviews = interviews;
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
	 * A letter on the public board (回复公开) was published, edited, hidden or shown again:
	 * its copy in the index follows what the public sees now.
	 */
	@ApplicationModuleListener
	void boardChanged(BoardEntryChanged event) {
		if (rebuilding.get()) {
			boardChangedDuringRebuild.add(event.letterId());
		}
		syncBoard(event.letterId());
	}

	private void syncBoard(UUID letter) {
		board.published(letter).map(this::document).ifPresentOrElse(index::put, () -> index.remove(id(letter)));
	}

	/** A published letter and its reply, found on the Chinese site under 回复公开. */
	private IndexedArticle document(BoardEntry entry) {
		Instant answered = entry.answeredOn().atStartOfDay(clock.getZone()).toInstant();
		return new IndexedArticle(id(entry.letterId()), SearchType.REPLY, "zh", BOARD_CHANNEL, BOARD_NAME,
				entry.title(), entry.body() + "\n" + entry.reply(), null, answered, entry.path());
	}

	/**
	 * A survey or consultation was published, edited, closed or had its results
	 * published: its copy follows what the public reads now (drafts are never indexed).
	 */
	@ApplicationModuleListener
	void surveyChanged(SurveyChanged event) {
		if (rebuilding.get()) {
			surveysChangedDuringRebuild.add(event.surveyId());
		}
		syncSurvey(event.surveyId());
	}

	private void syncSurvey(UUID survey) {
		surveys.published(survey).map(this::document).ifPresentOrElse(index::put, () -> index.remove(surveyId(survey)));
	}

	/** A survey (网上调查) or consultation (意见征集), its 采纳情况 once published. */
	private IndexedArticle document(SurveyEntry entry) {
		String text = entry.description() + (entry.adoption() == null ? "" : "\n采纳情况：" + entry.adoption());
		return new IndexedArticle(surveyId(entry.id()), SearchType.SURVEY, "zh", SURVEY_CHANNEL,
				entry.consultation() ? "意见征集" : "网上调查", entry.title(), text, null, entry.opensAt(), entry.path());
	}

	/**
	 * An item's guide was published, or the item withdrawn or restored: its copy follows
	 * the guide in force (drafts, superseded versions and withdrawn items are never
	 * indexed).
	 */
	@ApplicationModuleListener
	void guideChanged(GuideChanged event) {
		if (rebuilding.get()) {
			guidesChangedDuringRebuild.add(event.itemId());
		}
		syncGuide(event.itemId());
	}

	private void syncGuide(long item) {
		guides.published(item).map(this::document).ifPresentOrElse(index::put, () -> index.remove(guideId(item)));
	}

	/**
	 * A service guide: its name as the title, its other names (synonyms) and 受理条件 as the
	 * text, so a query by a name people use finds it.
	 */
	private IndexedArticle document(GuideEntry entry) {
		String synonyms = entry.synonyms().isBlank() ? "" : "又称：" + entry.synonyms().strip().replace("\n", "、") + "\n";
		return new IndexedArticle(guideId(entry.itemId()), SearchType.GUIDE, "zh", GUIDE_CHANNEL, "办事指南", entry.name(),
				synonyms + "实施部门：" + entry.departmentName() + "\n受理条件：" + entry.conditions(), null,
				entry.effectiveFrom(), entry.path());
	}

	/**
	 * An interview was announced, edited, started or ended, or had a question moderated
	 * or a line published: its copies follow what the public reads now (a question not
	 * approved is never in them).
	 */
	@ApplicationModuleListener
	void interviewChanged(InterviewChanged event) {
		if (rebuilding.get()) {
			interviewsChangedDuringRebuild.add(event.interviewId());
		}
		syncInterview(event.interviewId());
	}

	private void syncInterview(UUID interview) {
		Optional<InterviewEntry> entry = interviews.published(interview);
		if (entry.isEmpty()) {
			index.remove(interviewId(interview, "zh"));
			index.remove(interviewId(interview, "en"));
			return;
		}
		List<IndexedArticle> documents = documents(entry.get());
		documents.forEach(index::put);
		if (documents.size() == 1) {
			index.remove(interviewId(interview, "en"));
		}
	}

	/**
	 * An interview on the Chinese site (announcement, guests, approved questions, the
	 * published transcript) and, when it has an English title, its announcement on the
	 * English site.
	 */
	private List<IndexedArticle> documents(InterviewEntry entry) {
		String text = entry.summary() + "\n嘉宾：" + String.join("、", entry.guests()) + "\n"
				+ String.join("\n", entry.questions()) + "\n" + String.join("\n", entry.lines());
		IndexedArticle chinese = new IndexedArticle(interviewId(entry.id(), "zh"), SearchType.INTERVIEW, "zh",
				INTERVIEW_CHANNEL, "在线访谈", entry.title(), text, null, entry.startsAt(), entry.path());
		if (entry.titleEn() == null || entry.titleEn().isBlank()) {
			return List.of(chinese);
		}
		return List.of(chinese,
				new IndexedArticle(interviewId(entry.id(), "en"), SearchType.INTERVIEW, "en", INTERVIEW_CHANNEL,
						"Online interviews", entry.titleEn(), entry.summaryEn() == null ? "" : entry.summaryEn(), null,
						entry.startsAt(), "/en" + entry.path()));
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
			.ifPresentOrElse(index::put, () -> index.remove(id(article)));
	}

	/**
	 * An empty index beside published articles (a new or restored instance, a deleted
	 * directory), one written by an older version or one whose rebuild was interrupted is
	 * rebuilt at start, as a job ({@link SearchIndexCheck}).
	 */
	void checkIndexAtStart() {
		try {
			if (!index.current()) {
				log.info("The search index was written by another version or not finished: rebuilding it");
				rebuild("system");
			}
			else if (index.size() == 0 && articles.publishedCount() + board.publishedCount() + surveys.publishedCount()
					+ interviews.publishedCount() + guides.publishedCount() > 0) {
				log.info("The search index is empty: rebuilding it from the database");
				rebuild("system");
			}
		}
		catch (RuntimeException ex) {
			// The portal serves without its search (OpenSearch down, for one): the pages
			// matter more, and a rebuild can be started from the admin page later.
			log.error("The search index cannot be checked at start; search will fail until it can", ex);
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
		progress.total(articles.publishedCount() + board.publishedCount() + surveys.publishedCount()
				+ interviews.publishedCount() + guides.publishedCount());
		changedDuringRebuild.clear();
		boardChangedDuringRebuild.clear();
		surveysChangedDuringRebuild.clear();
		interviewsChangedDuringRebuild.clear();
		guidesChangedDuringRebuild.clear();
		index.startRebuild();
		long done = 0;
		long after = 0;
		Map<UUID, Optional<Place>> places = new HashMap<>();
		List<PublishedArticle> batch;
		while (!(batch = articles.publishedAfter(after, 1000)).isEmpty()) {
			List<IndexedArticle> documents = new ArrayList<>();
			for (PublishedArticle article : batch) {
				document(article, places.computeIfAbsent(article.channelId(), this::place)).ifPresent(documents::add);
			}
			index.putAll(documents);
			after = batch.get(batch.size() - 1).id();
			done += batch.size();
			progress.advance(batch.size());
		}
		UUID afterEntry = null;
		List<BoardEntry> entries;
		while (!(entries = board.publishedAfter(afterEntry, 1000)).isEmpty()) {
			index.putAll(entries.stream().map(this::document).toList());
			afterEntry = entries.get(entries.size() - 1).letterId();
			done += entries.size();
			progress.advance(entries.size());
		}
		UUID afterSurvey = null;
		List<SurveyEntry> surveyBatch;
		while (!(surveyBatch = surveys.publishedAfter(afterSurvey, 1000)).isEmpty()) {
			index.putAll(surveyBatch.stream().map(this::document).toList());
			afterSurvey = surveyBatch.get(surveyBatch.size() - 1).id();
			done += surveyBatch.size();
			progress.advance(surveyBatch.size());
		}
		UUID afterInterview = null;
		List<InterviewEntry> interviewBatch;
		while (!(interviewBatch = interviews.publishedAfter(afterInterview, 200)).isEmpty()) {
			index.putAll(interviewBatch.stream().flatMap((entry) -> documents(entry).stream()).toList());
			afterInterview = interviewBatch.get(interviewBatch.size() - 1).id();
			done += interviewBatch.size();
			progress.advance(interviewBatch.size());
		}
		long afterItem = 0;
		List<GuideEntry> guideBatch;
		while (!(guideBatch = guides.publishedAfter(afterItem, 500)).isEmpty()) {
			index.putAll(guideBatch.stream().map(this::document).toList());
			afterItem = guideBatch.get(guideBatch.size() - 1).itemId();
			done += guideBatch.size();
			progress.advance(guideBatch.size());
		}
		for (Long article : List.copyOf(changedDuringRebuild)) {
			changedDuringRebuild.remove(article);
			sync(article);
		}
		for (UUID letter : List.copyOf(boardChangedDuringRebuild)) {
			boardChangedDuringRebuild.remove(letter);
			syncBoard(letter);
		}
		for (UUID survey : List.copyOf(surveysChangedDuringRebuild)) {
			surveysChangedDuringRebuild.remove(survey);
			syncSurvey(survey);
		}
		for (UUID interview : List.copyOf(interviewsChangedDuringRebuild)) {
			interviewsChangedDuringRebuild.remove(interview);
			syncInterview(interview);
		}
		for (Long item : List.copyOf(guidesChangedDuringRebuild)) {
			guidesChangedDuringRebuild.remove(item);
			syncGuide(item);
		}
		index.rebuilt();
		return "索引了 " + done + " 篇已发布的文章、公开回复、网上调查、在线访谈和办事指南";
	}

	/** Where an article appears: its channel and the channel's site. */
	private record Place(ChannelView channel, SiteView site) {
	}

	private Optional<Place> place(UUID channel) {
		return channels.find(channel).map((found) -> new Place(found, channels.site(found.siteCode())));
	}

	private Optional<IndexedArticle> document(PublishedArticle article, Optional<Place> place) {
		if (place.isEmpty()) {
			return Optional.empty();
		}
		ChannelView channel = place.get().channel();
		SiteView site = place.get().site();
		String reference = channel.kind() == ChannelKind.DISCLOSURE
				? disclosures.item(article.id()).map(DisclosureItem::reference).orElse(null) : null;
		return Optional
			.of(new IndexedArticle(id(article.id()), reference == null ? SearchType.ARTICLE : SearchType.DISCLOSURE,
					site.code(), channel.id(), channel.name(), article.title(), article.text(), reference,
					article.firstPublishedAt(), site.pathPrefix() + "/articles/" + article.id()));
	}

	@Override
	public SearchResults search(SearchQuery query) {
		List<String> terms = terms(query.text());
		int size = Math.max(1, Math.min(50, query.size()));
		int page = Math.max(0, Math.min(99, query.page()));
		if (terms.isEmpty()) {
			return new SearchResults(List.of(), 0, false, false, page, size, terms);
		}
		SearchResults results = index.search(terms, query, page, size);
		// A page past the last (an old link, a typed address) shows the last one.
		for (int tries = 0; results.hits().isEmpty() && results.total() > 0 && results.page() > 0; tries++) {
			int last = (int) Math.min(results.page() - 1, (results.total() - 1) / size);
			results = index.search(terms, query, tries < 3 ? last : 0, size);
		}
		if (results.total() == 0 && page == 0) {
			recordZero(query.site(), String.join(" ", terms));
			return results.withSuggestion(suggestion(terms, query));
		}
		return results.withHits(marked(results.hits()));
	}

	/**
	 * The nearest query that finds something (您是不是要找): one word or phrase that finds
	 * nothing alone corrected from the index's own tokens ({@link Spelling}), the
	 * correction the index counts most documents for kept (checked as a search);
	 * {@code null} when none finds anything.
	 */
	private @Nullable String suggestion(List<String> terms, SearchQuery query) {
		for (int t = 0; t < terms.size(); t++) {
			String term = terms.get(t);
			if (terms.size() > 1 && index.count(List.of(term), query) > 0) {
				continue;
			}
			// Weighed by a count over the index (cheap), the likeliest then checked as a
			// real search: a suggestion never leads to an empty page.
			Map<List<String>, Long> counted = new HashMap<>();
			for (String correction : Spelling.corrections(term, index)) {
				List<String> corrected = new ArrayList<>(terms);
				corrected.set(t, correction);
				long count = index.count(corrected, query);
				if (count > 0) {
					counted.put(corrected, count);
				}
			}
			String best = counted.entrySet()
				.stream()
				.sorted(Map.Entry.<List<String>, Long>comparingByValue().reversed())
				.limit(3)
				.map(Map.Entry::getKey)
				.filter((corrected) -> finds(corrected, query) > 0)
				.map((corrected) -> String.join(" ", corrected))
				.findFirst()
				.orElse(null);
			if (best != null) {
				return best;
			}
		}
		return null;
	}

	/** How many results these terms find (0 when none would be shown). */
	private long finds(List<String> terms, SearchQuery query) {
		SearchResults found = index.search(terms, query, 0, 1);
		return found.hits().isEmpty() ? 0 : found.total();
	}

	/** Disclosure items no longer valid (已失效, 已废止) say so in the results. */
	private List<SearchHit> marked(List<SearchHit> hits) {
		List<Long> items = hits.stream()
			.filter((hit) -> hit.type() == SearchType.DISCLOSURE)
			.map(SearchHit::articleId)
			.toList();
		if (items.isEmpty()) {
			return hits;
		}
		Map<Long, Validity> notValid = new HashMap<>();
		disclosures.notValidAmong(items).forEach((item) -> notValid.put(item.articleId(), item.validity()));
		return hits.stream()
			.map((hit) -> hit.type() == SearchType.DISCLOSURE ? hit.withValidity(notValid.get(hit.articleId())) : hit)
			.toList();
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

	private static String id(UUID letter) {
		return "reply:" + letter;
	}

	private static String surveyId(UUID survey) {
		return "survey:" + survey;
	}

	private static String guideId(long item) {
		return "guide:" + item;
	}

	private static String interviewId(UUID interview, String site) {
		return "interview:" + site + ":" + interview;
	}

}
