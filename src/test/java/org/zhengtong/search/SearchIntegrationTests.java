package org.zhengtong.search;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.Validity;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.Channels;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Chinese search as a reader expects it: 审批 finds the texts containing 审批; 市长 ranks a
 * text about the mayor above one that only says 城市长期; every result shown contains what
 * was typed, marked; a withdrawn article disappears; each site searches its own articles;
 * disclosure items are found by their 发文字号 and can be searched apart; odd input returns
 * normally; searches that found nothing are listed for editors.
 */
@IntegrationTest
class SearchIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Search search;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	Disclosures disclosures;

	@LocalServerPort
	int port;

	Newsroom newsroom;

	String writer;

	String reviewer;

	ChannelView channel;

	ChannelView english;

	String tag;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, platformAccounts, "搜索", "Search Bureau", "search", null);
		tag = newsroom.tag();
		writer = newsroom.writer();
		reviewer = newsroom.reviewer();
		channel = newsroom.channel(channels, "zh", "search-" + tag, "搜索" + tag, ChannelKind.ARTICLES, false);
		english = newsroom.channel(channels, "en", "search-" + tag, "Search " + tag, ChannelKind.ARTICLES, false);
	}

	@Test
	void approvals_are_found_the_mayor_ranks_first_and_every_result_contains_the_words() {
		long approval = publish(channel, "行政许可事项办理指南" + tag, "<p>本事项实行网上审批，审批时限为十个工作日。</p>");
		publish(channel, "办公用品采购公告" + tag, "<p>采购办公桌椅一批，欢迎报名。</p>");
		long mayor = publish(channel, "市长主持召开常务会议" + tag, "<p>市长主持会议，研究部署冬季供暖工作。市长强调要保障民生。</p>");
		long city = publish(channel, "城市规划展览开放" + tag, "<p>展览介绍本市城市长期发展的设想。</p>");

		SearchResults approvals = await().atMost(Duration.ofSeconds(10))
			.until(() -> find("审批 " + tag), (results) -> !results.hits().isEmpty());
		assertThat(approvals.hits()).extracting(SearchHit::path).containsExactly("/articles/" + approval);
		assertThat(approvals.hits().get(0).snippet()).contains("<mark>审批</mark>");

		SearchResults mayors = await().atMost(Duration.ofSeconds(10))
			.until(() -> find("市长"),
					(results) -> results.hits()
						.stream()
						.map(SearchHit::path)
						.toList()
						.containsAll(List.of("/articles/" + mayor, "/articles/" + city)));
		List<String> order = mayors.hits().stream().map(SearchHit::path).toList();
		assertThat(order.indexOf("/articles/" + mayor)).as("the mayor's text first")
			.isLessThan(order.indexOf("/articles/" + city));
		assertThat(mayors.hits()).allSatisfy((hit) -> assertThat(hit.title() + hit.snippet()).contains("市长"));
	}

	@Test
	void a_withdrawn_article_disappears_and_each_site_searches_its_own() {
		long zh = publish(channel, "数据开放平台上线" + tag, "<p>秦川市数据开放平台今日上线。</p>");
		long en = publish(english, "Open data portal " + tag, "<p>Qinchuan's open data portal goes live today.</p>");
		await().atMost(Duration.ofSeconds(10)).until(() -> find("数据开放平台 " + tag).hits().size() == 1);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> search.search(new SearchQuery("portal " + tag, "en", null, null, null, null, 0, 10))
				.hits()
				.size() == 1);
		assertThat(find("portal " + tag).hits()).as("not on the Chinese site").isEmpty();

		articles.withdraw(zh, "下线", reviewer);
		await().atMost(Duration.ofSeconds(10)).until(() -> find("数据开放平台 " + tag).hits().isEmpty());
		assertThat(mvc.get().uri("/en/search?q={q}", "portal " + tag).exchange()).hasStatusOk()
			.bodyText()
			.contains("/en/articles/" + en);
	}

	@Test
	void odd_input_returns_normally_and_misses_are_shown_to_editors() {
		assertThat(mvc.get().uri("/search?q={q}", "审".repeat(10_000)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/search?q={q}", "'; DROP TABLE content_article; -- OR 1=1").exchange()).hasStatusOk()
			.bodyText()
			.contains("没有找到");
		assertThat(mvc.get().uri("/search?q={q}&from=not-a-date&channel=nonsense&page=-5", "审批").exchange())
			.hasStatusOk();
		String missing = "不存在的词" + tag;
		assertThat(mvc.get().uri("/search?q={q}", missing).exchange()).bodyText()
			.contains("没有找到包含“" + missing + "”的信息");
		assertThat(mvc.get().uri("/workbench/search").with(user(users.loadUserByUsername(writer))).exchange())
			.bodyText()
			.contains(missing);
	}

	@Test
	void disclosure_items_are_found_by_their_document_number_and_told_apart_from_articles() {
		String first17 = "11619800MB" + String.format("%07d", ThreadLocalRandom.current().nextInt(9_000_000));
		Newsroom office = Newsroom.open(units, platformAccounts, "检索", "Search Disclosure Bureau", "sd",
				first17 + CreditCode.checkCharacter(first17));
		ChannelView catalogue = office.channel(channels, "zh", "sd-" + office.tag(), "文件" + office.tag(),
				ChannelKind.DISCLOSURE, false);
		String number = "秦检发〔2026〕" + (100 + ThreadLocalRandom.current().nextInt(900)) + "号";
		RevisionView draft = articles.create(catalogue.id(),
				new Articles.Draft("关于推进网上审批的通知" + tag, null, null, null, "<p>各单位要推进网上审批。</p>", new DisclosureFields(
						office.unit(), DisclosureTopic.SCIENCE_EDUCATION, DisclosureKind.DOCUMENT, number, null, null)),
				office.writer());
		articles.submit(draft.id(), office.writer());
		long notice = articles.publish(draft.id(), office.reviewer()).articleId();
		long news = publish(channel, "网上审批提速" + tag, "<p>网上审批平均用时缩短一半。</p>");

		SearchResults byNumber = await().atMost(Duration.ofSeconds(10))
			.until(() -> find(number), (results) -> !results.hits().isEmpty());
		assertThat(byNumber.hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.path()).isEqualTo("/articles/" + notice);
			assertThat(hit.type()).isEqualTo(SearchType.DISCLOSURE);
			assertThat(hit.reference()).contains(number, first17);
		});
		await().atMost(Duration.ofSeconds(10)).until(() -> find("网上审批 " + tag).hits().size() == 2);
		assertThat(
				search.search(new SearchQuery("网上审批 " + tag, "zh", null, SearchType.ARTICLE, null, null, 0, 10)).hits())
			.extracting(SearchHit::path)
			.containsExactly("/articles/" + news);
		assertThat(mvc.get().uri("/search?q={q}&type=DISCLOSURE", "网上审批 " + tag).exchange()).hasStatusOk()
			.bodyText()
			.contains("找到 1 条结果", "政府信息公开", number)
			.doesNotContain("网上审批提速");
	}

	@Test
	void a_site_administrator_rebuilds_the_index_and_an_editor_may_not() {
		publish(channel, "重建之后仍可检索" + tag, "<p>索引重建以后，这篇文章仍然找得到。</p>");
		await().atMost(Duration.ofSeconds(10)).until(() -> find("重建之后仍可检索 " + tag).hits().size() == 1);
		String administrator = "siteadmin" + tag;
		newsroom.editor(platformAccounts, administrator);
		platformAccounts.grant(administrator, ContentRoles.SITE_ADMIN);

		assertThat(mvc.post().uri("/workbench/search/rebuild").with(as(writer)).with(csrf()).exchange())
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/workbench/search/rebuild").with(as(administrator)).with(csrf()).exchange())
			.hasStatus3xxRedirection()
			.redirectedUrl()
			.startsWith("/workbench/jobs/");
		await().atMost(Duration.ofSeconds(30)).until(() -> !search.rebuilding());
		assertThat(find("重建之后仍可检索 " + tag).hits()).hasSize(1);
	}

	@Test
	void a_single_character_finds_the_texts_holding_it_and_a_typo_is_answered_with_the_nearest_query() {
		long approval = publish(channel, "行政许可事项办理指南" + tag, "<p>本事项实行网上审批，审批时限为十个工作日。</p>");
		long plan = publish(channel, "数字政府建设推进会" + tag, "<p>会议部署数字政府建设。</p>");
		publish(channel, "办公用品采购公告" + tag, "<p>采购办公桌椅一批，欢迎报名。</p>");

		SearchResults net = await().atMost(Duration.ofSeconds(10))
			.until(() -> find("网 " + tag), (results) -> !results.hits().isEmpty());
		assertThat(net.hits()).as("网 only inside 网上")
			.extracting(SearchHit::path)
			.containsExactly("/articles/" + approval);
		assertThat(net.hits().get(0).snippet()).contains("<mark>网</mark>上审批");
		assertThat(find("府 " + tag).hits()).extracting(SearchHit::path).containsExactly("/articles/" + plan);
		assertThat(find("府 " + tag).hits().get(0).markedTitle()).as("the title marked too")
			.isEqualTo("数字政<mark>府</mark>建设推进会<mark>" + tag + "</mark>");
		assertThat(mvc.get().uri("/search?q={q}", "网").exchange()).bodyText()
			.doesNotContain("没有找到")
			.contains("<mark>网</mark>");

		String typo = "数子政府 " + tag;
		SearchResults missed = find(typo);
		assertThat(missed.total()).isZero();
		assertThat(missed.suggestion()).isEqualTo("数字政府 " + tag);
		assertThat(mvc.get().uri("/search?q={q}", typo).exchange()).hasStatusOk()
			.bodyText()
			.contains("没有找到包含“" + typo + "”的信息", "您是不是要找：",
					"href=\"/search?q=%E6%95%B0%E5%AD%97%E6%94%BF%E5%BA%9C%20" + tag + "\">数字政府 " + tag + "</a>");
		assertThat(mvc.get().uri("/search?q={q}", "完全无关的词语" + tag).exchange()).bodyText().doesNotContain("您是不是要找");
	}

	@Test
	void a_repealed_item_is_marked_a_page_past_the_last_shows_the_last_and_a_long_query_is_cut_with_a_note() {
		String first17 = "11619800MB" + String.format("%07d", ThreadLocalRandom.current().nextInt(9_000_000));
		Newsroom office = Newsroom.open(units, platformAccounts, "废止", "Search Repeal Bureau", "sr",
				first17 + CreditCode.checkCharacter(first17));
		ChannelView catalogue = office.channel(channels, "zh", "sr-" + office.tag(), "文件" + office.tag(),
				ChannelKind.DISCLOSURE, false);
		RevisionView draft = articles.create(catalogue.id(),
				new Articles.Draft("关于网站管理的暂行办法" + tag, null, null, null, "<p>网站管理暂行办法全文。</p>", new DisclosureFields(
						office.unit(), DisclosureTopic.SCIENCE_EDUCATION, DisclosureKind.DOCUMENT, null, null, null)),
				office.writer());
		articles.submit(draft.id(), office.writer());
		long repealed = articles.publish(draft.id(), office.reviewer()).articleId();
		await().atMost(Duration.ofSeconds(10)).until(() -> find("暂行办法 " + tag).hits().size() == 1);
		assertThat(mvc.get().uri("/search?q={q}", "暂行办法 " + tag).exchange()).bodyText().doesNotContain("已废止");
		disclosures.changeValidity(repealed, Validity.REPEALED, LocalDate.of(2020, 1, 1), "被新办法废止", office.reviewer());
		assertThat(find("暂行办法 " + tag).hits()).singleElement()
			.satisfies((hit) -> assertThat(hit.validity()).isEqualTo(Validity.REPEALED));
		assertThat(mvc.get().uri("/search?q={q}", "暂行办法 " + tag).exchange()).bodyText()
			.contains("<strong class=\"tag\">已废止</strong>");

		SearchResults past = search.search(new SearchQuery("暂行办法 " + tag, "zh", null, null, null, null, 7, 10));
		assertThat(past.page()).as("the last page").isZero();
		assertThat(past.hits()).extracting(SearchHit::path).containsExactly("/articles/" + repealed);
		assertThat(mvc.get().uri("/search?q={q}&page=42", "暂行办法 " + tag).exchange()).bodyText()
			.contains("/articles/" + repealed);

		assertThat(mvc.get().uri("/search?q={q}", "暂行办法" + "很".repeat(200)).exchange()).hasStatusOk()
			.bodyText()
			.contains("搜索词太长，只用了前 100 个字。", "maxlength=\"100\"");
		assertThat(mvc.get().uri("/search?q={q}", "暂行办法").exchange()).bodyText().doesNotContain("搜索词太长");
		assertThat(mvc.get().uri("/en/search?q={q}", "x".repeat(101)).exchange()).bodyText()
			.contains("only its first 100 characters were used");
	}

	@Test
	void a_query_too_long_for_the_address_answers_with_the_sites_own_page_and_headers() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> moderate = http.send(get("审".repeat(2_000)), HttpResponse.BodyHandlers.ofString());
		assertThat(moderate.statusCode()).as("18 KB of address: the search page").isEqualTo(200);
		assertThat(moderate.body()).contains("搜索词太长");

		HttpResponse<String> huge = http.send(get("审".repeat(10_000)), HttpResponse.BodyHandlers.ofString());
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
		assertThat(huge.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(policy) -> assertThat(policy).contains("default-src 'self'").doesNotContain("unsafe-inline"));
		assertThat(huge.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(huge.headers().firstValue("X-Frame-Options")).contains("DENY");
		assertThat(huge.body()).contains("无法处理这个请求", "/assets/css/portal.css", "maxlength=\"100\"",
				"This request cannot be handled");
		assertThat(mvc.get().uri("/assets/css/portal.css").exchange()).as("the page's style sheet").hasStatusOk();
	}

	private HttpRequest get(String query) {
		return HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + port + "/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
			.build();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private SearchResults find(String text) {
		return search.search(new SearchQuery(text, "zh", null, null, null, null, 0, 10));
	}

	private long publish(ChannelView where, String title, String body) {
		RevisionView draft = articles.create(where.id(), new Articles.Draft(title, null, null, null, body), writer);
		articles.submit(draft.id(), writer);
		articles.publish(draft.id(), reviewer);
		return draft.articleId();
	}

}
