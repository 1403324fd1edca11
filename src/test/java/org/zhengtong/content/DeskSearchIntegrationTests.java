package org.zhengtong.content;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.PageOf;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.Http;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Finding work on the desk: 62 articles published over two years, the oldest found by
 * paging 全部稿件 or by a search in its text; filters by state, writer and days; and on the
 * public site a signed-in editor of the channel gets a link to manage the article, which
 * never reaches an anonymous visitor's (cached) page.
 */
@IntegrationTest
class DeskSearchIntegrationTests {

	static final int ARTICLES = 62;

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Articles articles;

	@Autowired
	Channels channels;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	/**
	 * The two years of articles the tests that only read share (published once: 62
	 * articles cost seconds); a test that changes them publishes its own.
	 */
	private static Desk shared;

	Newsroom newsroom;

	ChannelView channel;

	LocalDate start;

	List<RevisionView> published;

	record Desk(Newsroom newsroom, ChannelView channel, LocalDate start, List<RevisionView> published) {
	}

	@BeforeEach
	void sharedArticles() {
		if (shared == null) {
			shared = twoYearsOfArticles();
		}
		use(shared);
	}

	private void use(Desk desk) {
		newsroom = desk.newsroom();
		channel = desk.channel();
		start = desk.start();
		published = desk.published();
	}

	/**
	 * One article every 12 days from two years ago; the oldest speaks of 水利灌溉 in its text
	 * only.
	 */
	private Desk twoYearsOfArticles() {
		newsroom = Newsroom.open(units, platformAccounts, "检索", "Desk Search Bureau", "find", null);
		channel = newsroom.channel(channels, "zh", "find-" + newsroom.tag(), "检索" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		start = LocalDate.now(clock).minusYears(2);
		List<RevisionView> made = new ArrayList<>();
		clock.set(start.atTime(10, 0));
		try {
			for (int i = 1; i <= ARTICLES; i++) {
				String body = i == 1 ? "<p>关于<strong>水利灌溉</strong>工程的通知</p>" : "<p>例行工作第 " + i + " 项</p>";
				made.add(publish(i == 1 ? "两年前的老文章" : "工作动态第 " + i + " 期", body));
				clock.advance(Duration.ofDays(12));
			}
		}
		finally {
			clock.reset();
		}
		return new Desk(newsroom, channel, start, List.copyOf(made));
	}

	@Test
	void all_articles_page_back_two_years_and_the_oldest_is_on_the_last_page() throws Exception {
		DeskFilter inChannel = new DeskFilter(null, channel.id());
		PageOf<DeskItem> first = articles.desk(DeskList.ALL, newsroom.reviewer(), inChannel, null, 0, 20);
		assertThat(first.total()).isEqualTo(ARTICLES);
		assertThat(first.pages()).isEqualTo(4);
		PageOf<DeskItem> last = articles.desk(DeskList.ALL, newsroom.reviewer(), inChannel, null, 3, 20);
		assertThat(last.items()).extracting(DeskItem::title).last().isEqualTo("两年前的老文章");

		String page = body(mvc.get()
			.uri("/workbench/articles?channel={c}&allPage=3", channel.id())
			.with(as(newsroom.reviewer()))
			.exchange());
		assertThat(allArticles(page)).contains("全部稿件（62 篇，最近更新的在前）", "两年前的老文章", "allPage=2")
			.doesNotContain("工作动态第 62 期");
		assertThat(allArticles(body(mvc.get()
			.uri("/workbench/articles?channel={c}", channel.id())
			.with(as(newsroom.reviewer()))
			.exchange()))).contains("工作动态第 62 期").doesNotContain("两年前的老文章");
	}

	@Test
	void a_search_finds_words_in_the_text_but_not_in_its_markup() throws Exception {
		String found = body(
				mvc.get().uri("/workbench/articles?title={q}", "水利灌溉").with(as(newsroom.reviewer())).exchange());
		assertThat(found).contains("全部稿件（1 篇，最近更新的在前）", "两年前的老文章");
		assertThat(articles.desk(DeskList.ALL, newsroom.reviewer(), new DeskFilter("strong", channel.id()), null, 0, 20)
			.total()).as("tags are not text").isZero();
	}

	@Test
	void filters_by_state_writer_and_days() throws Exception {
		use(twoYearsOfArticles()); // it withdraws one and adds a draft: articles of its
									// own
		RevisionView withdrawn = published.get(10);
		articles.withdraw(withdrawn.articleId(), "过时", newsroom.reviewer());
		RevisionView draft = articles.create(channel.id(), new Articles.Draft("尚未送审的草稿", null, null, null, "<p>草稿</p>"),
				newsroom.writer());

		assertThat(titles(new DeskFilter(null, channel.id(), DeskFilter.State.WITHDRAWN, null, null, null)))
			.containsExactly(withdrawn.title());
		assertThat(titles(new DeskFilter(null, channel.id(), DeskFilter.State.DRAFT, null, null, null)))
			.containsExactly(draft.title());
		assertThat(articles
			.desk(DeskList.ALL, newsroom.reviewer(),
					new DeskFilter(null, channel.id(), DeskFilter.State.PUBLISHED, null, null, null), null, 0, 20)
			.total()).isEqualTo(ARTICLES - 1);

		// By the writer's name (accounts are named 编辑<user name>), or someone else's.
		assertThat(articles
			.desk(DeskList.ALL, newsroom.reviewer(),
					new DeskFilter(null, channel.id(), null, "编辑" + newsroom.writer(), null, null), null, 0, 20)
			.total()).isEqualTo(ARTICLES + 1);
		assertThat(articles
			.desk(DeskList.ALL, newsroom.reviewer(),
					new DeskFilter(null, channel.id(), null, newsroom.reviewer(), null, null), null, 0, 20)
			.total()).isZero();

		// The first 30 days: articles 1, 2 and 3 (days 0, 12 and 24).
		assertThat(titles(new DeskFilter(null, channel.id(), null, null, start, start.plusDays(30))))
			.containsExactlyInAnyOrder("两年前的老文章", "工作动态第 2 期", "工作动态第 3 期");

		String page = body(mvc.get()
			.uri("/workbench/articles?channel={c}&state=WITHDRAWN&writer={w}", channel.id(), "编辑" + newsroom.writer())
			.with(as(newsroom.reviewer()))
			.exchange());
		assertThat(allArticles(page)).contains("全部稿件（1 篇，最近更新的在前）", withdrawn.title(), "已撤下");
		assertThat(page).as("the form keeps what was asked")
			.contains("<option value=\"WITHDRAWN\" selected=\"selected\">", "value=\"编辑" + newsroom.writer() + "\"");
	}

	@Test
	void a_start_day_after_the_end_day_is_said_and_ignored() throws Exception {
		String page = body(mvc.get()
			.uri("/workbench/articles?channel={c}&from=2026-05-01&to=2026-04-01", channel.id())
			.with(as(newsroom.reviewer()))
			.exchange());
		assertThat(page).contains("起始日期 2026-05-01 晚于截止日期 2026-04-01", "全部稿件（62 篇");
	}

	@Test
	void an_editor_of_the_channel_gets_a_manage_link_that_never_reaches_the_anonymous_cache() {
		RevisionView newest = published.get(ARTICLES - 1);
		String path = "/articles/" + newest.articleId();
		String link = "/workbench/articles/revisions/" + newest.id();
		String editor = TestStaff.staff(platformAccounts, newsroom.unit(), "findeditor", "检索编辑", PASSWORD);
		platformAccounts.grant(editor, ContentRoles.EDITOR);
		channels.grant(channel.id(), editor, "REVIEW", "system");
		String outsider = TestStaff.staff(platformAccounts, newsroom.unit(), "findoutsider", "别的编辑", PASSWORD);
		platformAccounts.grant(outsider, ContentRoles.EDITOR);
		Http anonymous = new Http(port);

		// Over real HTTP, through the page cache: anonymous first (stored), then signed
		// in,
		// then anonymous again (from the cache).
		assertThat(anonymous.get(path).body()).doesNotContain(link, "在工作台管理本文");
		BrowserlessSession signedIn = new BrowserlessSession(port);
		assertThat(signedIn.login(editor, PASSWORD)).doesNotContain("error");
		HttpResponse<String> page = signedIn.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(link, "在工作台管理本文");
		assertThat(page.headers().firstValue("Cache-Control")).contains("private, no-store");
		assertThat(page.headers().firstValue("X-Cache")).as("never from the cache").isEmpty();
		HttpResponse<String> again = anonymous.get(path);
		assertThat(again.headers().firstValue("X-Cache")).contains("HIT");
		assertThat(again.body()).as("the cached anonymous page").doesNotContain(link, "在工作台管理本文");

		BrowserlessSession other = new BrowserlessSession(port);
		other.login(outsider, PASSWORD);
		assertThat(other.get(path).body()).as("an editor of other channels")
			.contains("检索")
			.doesNotContain(link, "在工作台管理本文");
	}

	/** The 全部稿件 table and its pager. */
	private static String allArticles(String page) {
		int start = page.indexOf("id=\"all-articles\"");
		assertThat(start).as("全部稿件 shown").isPositive();
		int end = page.indexOf("</nav>", page.indexOf("</table>", start));
		return page.substring(start, end < 0 ? page.indexOf("</table>", start) : end);
	}

	private List<String> titles(DeskFilter filter) {
		return articles.desk(DeskList.ALL, newsroom.reviewer(), filter, null, 0, 50)
			.items()
			.stream()
			.map(DeskItem::title)
			.toList();
	}

	private RevisionView publish(String title, String body) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, body),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
		return draft;
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
