package org.zhengtong.search;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
