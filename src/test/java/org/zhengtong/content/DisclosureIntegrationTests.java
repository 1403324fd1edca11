package org.zhengtong.content;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 政府信息公开 through the desk and the public pages: the catalogue elements are required and
 * checked, the first publication gives the 索引号 (credit code / year - sequence, per unit),
 * an interpretation and its policy link to each other, repealing the policy puts a notice
 * on both pages, only a reviewer may change validity, and the catalogue filters by unit
 * and topic on each site.
 */
@IntegrationTest
class DisclosureIntegrationTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	Disclosures disclosures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	String writer;

	String reviewer;

	UUID unit;

	String creditCode;

	ChannelView channel;

	@BeforeEach
	void aDisclosureChannelAndAUnitWithACreditCode() {
		String first17 = "11619800MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		creditCode = first17 + CreditCode.checkCharacter(first17);
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "公开", "Disclosure Test Bureau", "d", creditCode);
		unit = newsroom.unit();
		writer = newsroom.writer();
		reviewer = newsroom.reviewer();
		channel = newsroom.channel(channels, "zh", "xxgk-" + newsroom.tag(), "文件" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
	}

	@Test
	void elements_are_required_and_checked_and_the_first_publication_numbers_the_item() throws Exception {
		long before = articleCount();
		assertThat(create("秦川市公共数据管理办法", false, null).getResponse().getContentAsString()).as("no elements")
			.contains("信息公开栏目的稿件需要选择发布机构、主题分类和类别");
		assertThat(create("秦川市公共数据管理办法", true, "秦测发[2026]07号").getResponse().getContentAsString())
			.as("square brackets and a leading zero")
			.contains("不是规范的发文字号");
		assertThat(articleCount()).as("nothing was stored").isEqualTo(before);

		long first = publish(create("秦川市公共数据管理办法", true, "秦测发〔2026〕7号"));
		long second = publish(create("秦川市公共数据开放目录", true, null));
		int year = LocalDate.now(clock).getYear();
		DisclosureItem item = disclosures.item(first).orElseThrow();
		assertThat(item.indexNumber()).isEqualTo(creditCode + "/" + year + "-00001");
		assertThat(disclosures.item(second).orElseThrow().indexNumber()).isEqualTo(creditCode + "/" + year + "-00002");
		assertThat(item.documentNumber()).isEqualTo("秦测发〔2026〕7号");

		assertThat(mvc.get().uri("/articles/{id}", first).exchange()).hasStatusOk()
			.bodyText()
			.contains("索引号", creditCode + "/" + year + "-00001", "秦测发〔2026〕7号", "科技、教育", "有效");
		assertThat(mvc.get().uri("/disclosure?unit={unit}", unit).exchange()).hasStatusOk()
			.bodyText()
			.contains("秦川市公共数据管理办法", "秦川市公共数据开放目录", "共 2 条");
		assertThat(mvc.get().uri("/disclosure?unit={unit}&topic=FINANCE", unit).exchange()).hasStatusOk()
			.bodyText()
			.contains("共 0 条")
			.doesNotContain("秦川市公共数据管理办法");

		// A new revision keeps the number.
		RevisionView revised = articles.revise(first, writer);
		articles.submit(revised.id(), writer);
		articles.publish(revised.id(), reviewer);
		assertThat(disclosures.item(first).orElseThrow().indexNumber()).isEqualTo(item.indexNumber());
	}

	@Test
	void another_desk_finds_the_active_disclosure_channels_an_account_may_draft_in() {
		ChannelView news = channels.create("zh", null, "news-" + channel.slug(), "动态" + channel.slug(),
				ChannelKind.ARTICLES, null, 0, false, false, "system");
		channels.grant(news.id(), writer, "DRAFT", "system");
		ChannelView hidden = channels.create("zh", null, "hidden-" + channel.slug(), "隐藏" + channel.slug(),
				ChannelKind.DISCLOSURE, null, 0, false, false, "system");
		channels.grant(hidden.id(), writer, "DRAFT", "system");
		channels.change(hidden.id(), new Channels.Settings(hidden.name(), 0, false, false, false, null,
				channels.find(hidden.id()).orElseThrow().version()), "system");
		// a disclosure channel given to the writer, not the news channel, not the hidden
		// one
		assertThat(disclosures.draftableChannels(writer)).extracting(ChannelView::id).containsExactly(channel.id());
		assertThat(disclosures.draftableChannels(reviewer)).extracting(ChannelView::id).containsExactly(channel.id());
		assertThat(disclosures.draftableChannels("nobody-" + channel.slug())).isEmpty();
	}

	@Test
	void an_interpretation_and_its_policy_link_to_each_other_and_a_repeal_is_shown_on_both() {
		long policy = publish(create("秦川市政务数据共享管理办法", true, "秦测发〔2026〕8号"));
		MvcTestResult interpretation = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "一图读懂政务数据共享管理办法")
			.param("body", "办法规定了数据共享的三种方式。")
			.param("unit", unit.toString())
			.param("topic", "SCIENCE_EDUCATION")
			.param("kind", "INTERPRETATION")
			.param("interprets", Long.toString(policy))
			.with(as(writer))
			.with(csrf())
			.exchange();
		long explained = publish(interpretation);

		assertThat(mvc.get().uri("/articles/{id}", policy).exchange()).bodyText().contains("政策解读", "一图读懂政务数据共享管理办法");
		assertThat(mvc.get().uri("/articles/{id}", explained).exchange()).bodyText()
			.contains("解读的文件", "秦川市政务数据共享管理办法")
			.doesNotContain("废止");

		assertThatThrownBy(() -> disclosures.changeValidity(policy, Validity.REPEALED, LocalDate.now(clock),
				"被秦测发〔2026〕9号废止", writer))
			.as("a writer may not repeal")
			.isInstanceOf(ContentRefused.class);
		assertThat(mvc.post()
			.uri("/workbench/articles/{id}/validity", policy)
			.param("validity", "REPEALED")
			.param("note", "")
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.commentMissing");
		assertThat(mvc.post()
			.uri("/workbench/articles/{id}/validity", policy)
			.param("validity", "REPEALED")
			.param("note", "被秦测发〔2026〕9号废止")
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.validity.changed");

		String today = LocalDate.now(clock).toString();
		assertThat(mvc.get().uri("/articles/{id}", policy).exchange()).bodyText()
			.contains("本文件已于 " + today + " 废止", "被秦测发〔2026〕9号废止");
		assertThat(mvc.get().uri("/articles/{id}", explained).exchange()).bodyText()
			.contains("本页提到的《秦川市政务数据共享管理办法》已于 " + today + " 废止");
		assertThat(mvc.get().uri("/disclosure?unit={unit}", unit).exchange()).bodyText().contains("已废止");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, writer, "content.validity-changed", Outcome.DENIED, null), 0, 5))
				.isNotEmpty());
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, reviewer, "content.validity-changed", Outcome.SUCCESS, null), 0, 5))
				.isNotEmpty());
	}

	@Test
	void an_interpretation_needs_a_published_policy_of_its_site() throws Exception {
		MvcTestResult result = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "解读")
			.param("body", "正文")
			.param("unit", unit.toString())
			.param("topic", "SCIENCE_EDUCATION")
			.param("kind", "INTERPRETATION")
			.with(as(writer))
			.with(csrf())
			.exchange();
		assertThat(result.getResponse().getContentAsString()).contains("政策解读须选择一份已发布的");
	}

	@Test
	void the_catalogue_of_each_site_and_odd_filters() {
		publish(create("秦川市公共数据安全管理办法", true, null));
		assertThat(mvc.get().uri("/disclosure").exchange()).hasStatusOk()
			.bodyText()
			.contains("政府信息公开", "按发布机构", "按主题分类", "秦川市公共数据安全管理办法", "秦川市公开测试局");
		assertThat(mvc.get().uri("/en/disclosure").exchange()).hasStatusOk()
			.bodyText()
			.contains("Government information disclosure")
			.doesNotContain("秦川市公共数据安全管理办法");
		assertThat(mvc.get().uri("/disclosure?unit=&topic=SCIENCE_EDUCATION").exchange())
			.as("a topic link of the whole catalogue")
			.hasStatusOk()
			.bodyText()
			.contains("秦川市公共数据安全管理办法");
		assertThat(mvc.get().uri("/disclosure?unit=not-a-unit").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/disclosure?topic=DROP TABLE").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/disclosure?page=99").exchange()).hasStatus(404);
	}

	@Test
	void the_catalogue_count_equals_its_rows_across_pages_each_item_once_newest_first() {
		java.util.List<Long> published = new java.util.ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			published.add(publish(create("秦川市分页测试文件第" + i + "号", true, null)));
		}
		Disclosures.Filter byUnit = new Disclosures.Filter(channel.siteCode(), unit, null, null, null);
		java.util.List<Long> seen = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			var shown = disclosures.catalogue(byUnit, page, 2);
			assertThat(shown.total()).as("the count on every page").isEqualTo(5);
			assertThat(shown.page()).isEqualTo(page);
			shown.items().forEach((item) -> seen.add(item.articleId()));
		}
		assertThat(seen).as("each item once, newest first")
			.containsExactly(published.get(4), published.get(3), published.get(2), published.get(1), published.get(0));
		var past = disclosures.catalogue(byUnit, 7, 2);
		assertThat(past.page()).as("a page past the last shows the last").isEqualTo(2);
		assertThat(past.items()).extracting(DisclosureItem::articleId).containsExactly(published.get(0));
		var filtered = disclosures.catalogue(new Disclosures.Filter(channel.siteCode(), unit,
				DisclosureTopic.SCIENCE_EDUCATION, DisclosureKind.DOCUMENT, channel.id()), 0, 200);
		assertThat(filtered.total()).isEqualTo(filtered.items().size()).isEqualTo(5);
		assertThat(disclosures
			.catalogue(new Disclosures.Filter(channel.siteCode(), unit, DisclosureTopic.ECONOMY, null, null), 0, 20)
			.total()).as("another topic: none").isZero();
	}

	private MvcTestResult create(String title, boolean elements, @Nullable String documentNumber) {
		var request = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", title)
			.param("body", "第一条 为规范管理，制定本办法。")
			.with(as(writer))
			.with(csrf());
		if (elements) {
			request = request.param("unit", unit.toString())
				.param("topic", "SCIENCE_EDUCATION")
				.param("kind", "DOCUMENT")
				.param("documentNumber", documentNumber == null ? "" : documentNumber)
				.param("writtenOn", "2026-01-05");
		}
		return request.exchange();
	}

	/** Submits what was created and publishes it as the reviewer; the article's id. */
	private long publish(MvcTestResult created) {
		assertThat(created).hasStatus3xxRedirection();
		long revision = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		articles.submit(revision, writer);
		return articles.publish(revision, reviewer).articleId();
	}

	private long articleCount() {
		return jdbc.sql("SELECT count(*) FROM content_article WHERE channel_id = ?")
			.param(channel.id())
			.query(Long.class)
			.single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
