package org.zhengtong.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.ZhengtongApplication;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.platform.JobView;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.search.SearchResults;

import static org.awaitility.Awaitility.await;

/**
 * Chinese search over many articles: loads the synthetic corpus ({@link ArticleCorpus})
 * into the portal's tables with COPY until N articles are published, rebuilds the index
 * through the platform's own job, then times the 20 queries of stack.md through
 * {@link Search} (warm, one at a time) and sets each first page beside a brute-force scan
 * of every published text: how many contain the phrase, and whether the page shows true
 * matches only and as many as there are (recall of the top 10). Not a test: run it with
 * bench/search.sh, which starts it in a data directory that bench/portal.sh can reuse.
 */
public final class SearchBenchmark {

	static final List<String> QUERIES = List.of("电子政务", "信息公开", "审批", "督办", "公文传输", "数字证书", "政务外网", "门户网站", "行政许可",
			"信息安全", "物联网", "医疗", "教育", "应急", "宝鸡", "咸阳", "社会信用", "视频会议", "网上办事", "电子政务 信息安全");

	/**
	 * Beside the 20: single characters (issue 17) and typing errors answered by 您是不是要找.
	 */
	static final List<String> SINGLE_CHARACTERS = List.of("网", "府", "宝", "网 审批");

	static final List<String> TYPOS = List.of("数子政府", "电子正务", "信息工开", "行政许刻");

	private static final int ROUNDS = 20;

	public static void main(String[] args) throws Exception {
		int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ZhengtongApplication.class)
			.properties("server.port=0", "zhengtong.tls.port=0", "logging.level.root=WARN",
					"logging.level.org.zhengtong=WARN", "spring.main.banner-mode=off")
			.run(Arrays.copyOfRange(args, Math.min(1, args.length), args.length))) {
			PublishedArticles site = context.getBean(PublishedArticles.class);
			Search search = context.getBean(Search.class);
			long published = site.publishedCount();
			if (published < wanted) {
				generate(context, (int) (wanted - published));
			}
			published = site.publishedCount();
			System.out.printf("published articles: %,d%n", published);
			if (search.rebuilding() || search.size() < published) {
				// Rebuilding already when the index was empty or from an older version.
				rebuild(context, search, published);
			}
			else {
				System.out.printf("index: %,d documents (kept from an earlier run)%n", search.size());
			}
			measure(context, search, site);
			extras(search);
			System.out.printf("index on disk (./data/search): %.1f MB%n",
					size(java.nio.file.Path.of("data", "search")) / 1e6);
		}
	}

	/**
	 * Single characters and typing errors: p50 and max of the first page, what it shows.
	 */
	private static void extras(Search search) {
		System.out.printf("%n%-20s %8s %8s %12s %s%n", "query", "p50 ms", "max ms", "index says", "suggestion");
		for (String text : java.util.stream.Stream.concat(SINGLE_CHARACTERS.stream(), TYPOS.stream()).toList()) {
			for (int round = 0; round < 3; round++) {
				search.search(query(text));
			}
			long[] nanos = new long[ROUNDS];
			SearchResults page = null;
			for (int round = 0; round < ROUNDS; round++) {
				long started = System.nanoTime();
				page = search.search(query(text));
				nanos[round] = System.nanoTime() - started;
			}
			Arrays.sort(nanos);
			System.out.printf("%-20s %8.1f %8.1f %12s %s%n", text, nanos[ROUNDS / 2] / 1e6, nanos[ROUNDS - 1] / 1e6,
					String.format(Locale.ROOT, "%,d", page.total()) + (page.moreThan() ? "+" : ""),
					page.suggestion() == null ? "" : page.suggestion());
		}
	}

	private static long size(java.nio.file.Path directory) throws java.io.IOException {
		try (var files = java.nio.file.Files.walk(directory)) {
			return files.filter(java.nio.file.Files::isRegularFile).mapToLong((file) -> file.toFile().length()).sum();
		}
	}

	/** COPY of articles and their published revisions into a channel of their own. */
	private static void generate(ConfigurableApplicationContext context, int count) throws Exception {
		DataSource owner = context.getBean(DatabaseOwner.class).dataSource();
		JdbcTemplate jdbc = new JdbcTemplate(owner);
		UUID channel = jdbc
			.queryForList("SELECT id FROM content_channel WHERE site_code = 'zh' AND path = 'bench'", UUID.class)
			.stream()
			.findFirst()
			.orElseGet(() -> {
				UUID id = UUID.randomUUID();
				jdbc.update("""
						INSERT INTO content_channel (id, site_code, slug, path, name, kind, sort_order, on_homepage,
						    created_at) VALUES (?, 'zh', 'bench', 'bench', '基准测试文章', 'ARTICLES', 900, TRUE, now())""",
						id);
				return id;
			});
		long article = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM content_article", Long.class);
		long revision = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM content_revision", Long.class);
		ArticleCorpus corpus = new ArticleCorpus(20261124L + article);
		System.out.printf("generating %,d articles from %,d distinct seed sentences…%n", count,
				corpus.distinctSentences());
		long started = System.nanoTime();
		int batch = 20_000;
		try (Connection connection = owner.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (int done = 0; done < count; done += batch) {
				StringBuilder articleRows = new StringBuilder();
				StringBuilder revisionRows = new StringBuilder();
				for (int i = 0; i < Math.min(batch, count - done); i++) {
					ArticleCorpus.Article next = corpus.next();
					article++;
					revision++;
					String at = Timestamp.from(next.publishedAt()).toString();
					articleRows.append(article)
						.append('\t')
						.append(channel)
						.append("\tPUBLISHED\t")
						.append(revision)
						.append('\t')
						.append(at)
						.append('\t')
						.append(at)
						.append("\txiaoliu\t")
						.append(at)
						.append('\n');
					revisionRows.append(revision)
						.append('\t')
						.append(article)
						.append("\t1\tPUBLISHED\t")
						.append(copyText(next.title()))
						.append('\t')
						.append(copyText(next.source()))
						.append('\t')
						.append(copyText(next.body()))
						.append("\txiaoliu\t")
						.append(at)
						.append("\tzhaomin\t")
						.append(at)
						.append('\t')
						.append(at)
						.append('\t')
						.append(at)
						.append('\n');
				}
				pg.getCopyAPI()
					.copyIn("""
							COPY content_article (id, channel_id, state, published_revision, first_published_at, published_at,
							    created_by, created_at) FROM STDIN""",
							new StringReader(articleRows.toString()));
				pg.getCopyAPI()
					.copyIn("""
							COPY content_revision (id, article_id, number, state, title, source, body, drafter, submitted_at,
							    reviewer, decided_at, created_at, updated_at) FROM STDIN""",
							new StringReader(revisionRows.toString()));
				if ((done / batch) % 10 == 0) {
					System.out.printf("  %,d…%n", done + batch);
				}
			}
		}
		jdbc.execute(
				"SELECT setval(pg_get_serial_sequence('content_article', 'id'), (SELECT max(id) FROM content_article))");
		jdbc.execute(
				"SELECT setval(pg_get_serial_sequence('content_revision', 'id'), (SELECT max(id) FROM content_revision))");
		jdbc.execute("ANALYZE content_article");
		jdbc.execute("ANALYZE content_revision");
		jdbc.update("UPDATE content_site SET version = version + 1 WHERE code = 'zh'");
		System.out.printf("generated in %.1f s (COPY, %,d rows a batch)%n", (System.nanoTime() - started) / 1e9, batch);
	}

	private static String copyText(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static void rebuild(ConfigurableApplicationContext context, Search search, long published) {
		long started = System.nanoTime();
		JobView job = search.rebuild("bench");
		await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(() -> !search.rebuilding());
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf(
				"index rebuilt by the platform job (started by %s): %,d documents in %.0f s = %,.0f articles/s%n",
				job.owner(), search.size(), seconds, published / seconds);
	}

	private static void measure(ConfigurableApplicationContext context, Search search, PublishedArticles site)
			throws Exception {
		for (int round = 0; round < 3; round++) {
			for (String query : QUERIES) {
				search.search(query(query));
			}
		}
		long[][] nanos = new long[QUERIES.size()][ROUNDS];
		SearchResults[] firstPages = new SearchResults[QUERIES.size()];
		for (int round = 0; round < ROUNDS; round++) {
			for (int q = 0; q < QUERIES.size(); q++) {
				long started = System.nanoTime();
				firstPages[q] = search.search(query(QUERIES.get(q)));
				nanos[q][round] = System.nanoTime() - started;
			}
		}
		long scanStarted = System.nanoTime();
		long[] matches = bruteForce(context.getBean(DataSource.class));
		double scanSeconds = (System.nanoTime() - scanStarted) / 1e9;

		System.out.printf("%n%-20s %8s %8s %10s %12s %8s %10s%n", "query", "p50 ms", "max ms", "shown", "index says",
				"scan", "recall@10");
		List<Long> all = new ArrayList<>();
		double recallSum = 0;
		int wrongShown = 0;
		for (int q = 0; q < QUERIES.size(); q++) {
			long[] sorted = nanos[q].clone();
			Arrays.sort(sorted);
			for (long n : sorted) {
				all.add(n);
			}
			SearchResults page = firstPages[q];
			List<String> terms = page.terms();
			int trueShown = 0;
			for (SearchHit hit : page.hits()) {
				PublishedArticle article = site.published(Long.parseLong(hit.id().substring("article:".length())))
					.orElseThrow();
				if (containsAll(article.title() + "\n" + text(article.body()), terms)) {
					trueShown++;
				}
				else {
					wrongShown++;
				}
			}
			long expected = Math.min(10, matches[q]);
			double recall = expected == 0 ? 1 : (double) trueShown / expected;
			recallSum += recall;
			System.out.printf("%-20s %8.1f %8.1f %10d %12s %,8d %10.2f%n", QUERIES.get(q), sorted[ROUNDS / 2] / 1e6,
					sorted[ROUNDS - 1] / 1e6, page.hits().size(), (page.approximate() ? "约 " : "")
							+ String.format(Locale.ROOT, "%,d", page.total()) + (page.moreThan() ? "+" : ""),
					matches[q], recall);
		}
		all.sort(null);
		System.out.printf(
				"%nall %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms; mean recall@10 %.3f; "
						+ "results shown without the phrase: %d%n",
				all.size(), all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.95)) / 1e6,
				all.get(all.size() - 1) / 1e6, recallSum / QUERIES.size(), wrongShown);
		System.out.printf("brute-force scan of every published text for the 20 phrases at once: %.1f s%n", scanSeconds);
	}

	private static SearchQuery query(String text) {
		return new SearchQuery(text, "zh", null, null, null, null, 0, 10);
	}

	/**
	 * Every published article of the Chinese site, read once: how many contain each
	 * query.
	 */
	private static long[] bruteForce(DataSource dataSource) throws Exception {
		long[] matches = new long[QUERIES.size()];
		List<List<String>> queries = QUERIES.stream().map((query) -> Arrays.asList(query.split(" "))).toList();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(
					"""
							SELECT r.title, r.body FROM content_article a JOIN content_revision r ON r.id = a.published_revision
							JOIN content_channel c ON c.id = a.channel_id WHERE a.state = 'PUBLISHED' AND c.site_code = 'zh'""")) {
				statement.setFetchSize(2000);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						String text = rows.getString(1) + "\n" + text(rows.getString(2));
						for (int q = 0; q < matches.length; q++) {
							if (containsAll(text, queries.get(q))) {
								matches[q]++;
							}
						}
					}
				}
			}
			connection.commit();
		}
		return matches;
	}

	private static boolean containsAll(String text, List<String> terms) {
		String lower = text.toLowerCase(Locale.ROOT);
		return terms.stream().allMatch((term) -> lower.contains(term.toLowerCase(Locale.ROOT)));
	}

	/**
	 * The visible text of an article body, as a reader sees it (independent of search's).
	 */
	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " "));
	}

}
