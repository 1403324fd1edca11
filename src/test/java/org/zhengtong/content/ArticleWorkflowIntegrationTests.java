package org.zhengtong.content;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 谁发布、谁审核、谁负责 through the real pages: a writer drafts (script removed), a reviewer
 * returns it with a comment, the writer fixes and resends it, the reviewer publishes it —
 * on the homepage, the channel page and its own page — and withdraws it (410). Nobody
 * reviews their own draft; people without a channel reach nothing; each site shows its
 * own articles only.
 */
@IntegrationTest
class ArticleWorkflowIntegrationTests {

	@Autowired
	TestClock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	org.zhengtong.content.PublishedArticles site;

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

	String writer;

	String reviewer;

	String outsider;

	ChannelView channel;

	ChannelView english;

	@BeforeEach
	void aChannelWithAWriterAndAReviewer() {
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "网站", "Web Test Bureau", "", null);
		writer = newsroom.writer();
		reviewer = newsroom.reviewer();
		outsider = "outsider" + newsroom.tag();
		newsroom.editor(platformAccounts, outsider);
		channel = newsroom.channel(channels, "zh", "news-" + newsroom.tag(), "要闻" + newsroom.tag(),
				ChannelKind.ARTICLES, true);
		english = newsroom.channel(channels, "en", "news-" + newsroom.tag(), "News " + newsroom.tag(),
				ChannelKind.ARTICLES, true);
	}

	@Test
	void drafted_returned_fixed_published_then_withdrawn() throws Exception {
		MvcTestResult created = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "关于开展数字政府建设试点的通知")
			.param("source", "市数据局")
			.param("body", "<p onclick=\"steal()\">各区县人民政府：</p><script>alert(1)</script><p>现将有关事项通知如下。</p>")
			.with(as(writer))
			.with(csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		long revision = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		RevisionView draft = articles.revision(revision).orElseThrow();
		assertThat(draft.body()).contains("各区县人民政府").doesNotContain("script", "onclick", "alert");

		assertThat(save(revision, writer, "submit", "关于开展数字政府建设试点的通知")).flash()
			.containsEntry("success", "content.submitted");
		assertThat(mvc.get().uri("/workbench/articles").with(as(reviewer)).exchange()).bodyText()
			.contains("待我审核（1 篇）", "关于开展数字政府建设试点的通知");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/return", revision)
			.param("comment", "")
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.commentMissing");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/return", revision)
			.param("comment", "请写明试点期限。")
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.returned");
		assertThat(mvc.get().uri("/workbench/articles/revisions/{id}", revision).with(as(writer)).exchange()).bodyText()
			.contains("请写明试点期限。", "已退回");

		save(revision, writer, "submit", "关于开展数字政府建设试点的通知（试点期一年）");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/publish", revision)
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.published");
		long article = draft.articleId();

		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).hasStatusOk()
			.bodyText()
			.contains("关于开展数字政府建设试点的通知（试点期一年）", "来源：<span>市数据局</span>", "各区县人民政府")
			.doesNotContain("alert(1)");
		assertThat(mvc.get().uri("/columns/{path}", channel.path()).exchange()).bodyText()
			.contains("关于开展数字政府建设试点的通知（试点期一年）");
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("关于开展数字政府建设试点的通知（试点期一年）");
		assertThat(articles.history(article)).first().satisfies((published) -> {
			assertThat(published.drafter()).isEqualTo(writer);
			assertThat(published.reviewer()).isEqualTo(reviewer);
			assertThat(published.state()).isEqualTo(RevisionState.PUBLISHED);
		});
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, reviewer, "content.revision-published", Outcome.SUCCESS, null), 0, 5))
				.hasSize(1));

		assertThat(mvc.post()
			.uri("/workbench/articles/{a}/withdraw", article)
			.param("reason", "试点方案调整")
			.with(as(writer))
			.with(csrf())
			.exchange()).as("a writer cannot withdraw").flash().containsEntry("error", "content.refused.notReviewable");
		mvc.post()
			.uri("/workbench/articles/{a}/withdraw", article)
			.param("reason", "试点方案调整")
			.with(as(reviewer))
			.with(csrf())
			.exchange();
		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).hasStatus(410).bodyText().contains("此信息已撤下");
		assertThat(mvc.get().uri("/columns/{path}", channel.path()).exchange()).bodyText()
			.doesNotContain("关于开展数字政府建设试点的通知");
		assertThat(mvc.get().uri("/").exchange()).bodyText().doesNotContain("关于开展数字政府建设试点的通知（试点期一年）");
	}

	@Test
	void nobody_reviews_their_own_draft_and_an_article_has_one_open_revision_at_a_time() {
		RevisionView own = articles.create(channel.id(), new Articles.Draft("审核人自己写的", null, null, null, "正文"),
				reviewer);
		articles.submit(own.id(), reviewer);
		assertThatThrownBy(() -> articles.publish(own.id(), reviewer)).isInstanceOf(ContentRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "content.refused.ownDraft");
		assertThat(articles.toReview(reviewer)).extracting(DeskItem::revisionId).doesNotContain(own.id());

		RevisionView other = articles.create(channel.id(), new Articles.Draft("通知", null, null, null, "第一段\n\n第二段"),
				writer);
		assertThat(other.body()).isEqualTo("<p>第一段</p><p>第二段</p>");
		articles.submit(other.id(), writer);
		articles.publish(other.id(), reviewer);
		RevisionView second = articles.revise(other.articleId(), writer);
		assertThat(second.number()).isEqualTo(2);
		assertThat(second.body()).isEqualTo(other.body());
		assertThatThrownBy(() -> articles.revise(other.articleId(), writer)).isInstanceOf(ContentRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "content.refused.openRevision");
		assertThat(site.published(other.articleId()).orElseThrow().title()).as("the site shows revision 1 meanwhile")
			.isEqualTo("通知");
	}

	@Test
	void people_without_the_channel_reach_nothing_and_trying_is_audited() {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft("内部稿件", null, null, null, "正文"), writer);
		assertThat(mvc.get().uri("/workbench/articles/revisions/{id}", draft.id()).with(as(outsider)).exchange())
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "越权稿件")
			.param("body", "正文")
			.with(as(outsider))
			.with(csrf())
			.exchange()).bodyText().contains("您没有在栏目“" + channel.name() + "”撰稿的权限");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, outsider, "content.article-created", Outcome.DENIED, null), 0, 5))
				.hasSize(1));
		assertThat(mvc.get().uri("/articles/{id}", draft.articleId()).exchange()).as("a draft is not public")
			.hasStatus(404);
	}

	@Test
	void each_site_shows_its_own_articles_only() {
		RevisionView en = articles.create(english.id(),
				new Articles.Draft("Qinchuan opens its data portal", null, null, null, "Text"), writer);
		articles.submit(en.id(), writer);
		articles.publish(en.id(), reviewer);
		RevisionView zh = articles.create(channel.id(), new Articles.Draft("秦川市开放数据平台上线", null, null, null, "正文"),
				writer);
		articles.submit(zh.id(), writer);
		articles.publish(zh.id(), reviewer);

		assertThat(mvc.get().uri("/en/articles/{id}", en.articleId()).exchange()).hasStatusOk()
			.bodyText()
			.contains("Qinchuan opens its data portal");
		assertThat(mvc.get().uri("/articles/{id}", en.articleId()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/en/articles/{id}", zh.articleId()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/en/").exchange()).bodyText()
			.contains("Qinchuan opens its data portal")
			.doesNotContain("秦川市开放数据平台上线");
		assertThat(mvc.get().uri("/en/columns/{path}", english.path()).exchange()).bodyText()
			.contains("Qinchuan opens its data portal")
			.doesNotContain("秦川市开放数据平台上线");
	}

	@Test
	void the_site_administrator_makes_channels_and_gives_them_out() {
		String admin = "siteadmin" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.createStaff(admin, "网站管理员",
				new StaffPost(units.tree(LocalDate.now(clock)).get(0).id(), null, "科员", true, null));
		platformAccounts.grant(admin, ContentRoles.SITE_ADMIN);
		String slug = "notices-" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(mvc.post()
			.uri("/admin/channels")
			.param("site", "zh")
			.param("parent", channel.id().toString())
			.param("slug", slug)
			.param("name", "通知公告")
			.param("navigation", "true")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.channel.created");
		ChannelView created = channels.find("zh", channel.path() + "/" + slug).orElseThrow();
		assertThat(mvc.get().uri("/").exchange()).bodyText().as("in the navigation").contains("通知公告");
		assertThat(mvc.post()
			.uri("/admin/channels")
			.param("site", "zh")
			.param("slug", "Bad Slug!")
			.param("name", "坏栏目")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.badSlug");
		assertThat(channels.levelOf(writer, created.id())).as("a grant above covers the channel").contains("DRAFT");
		assertThat(mvc.post()
			.uri("/admin/channels/{id}/grants", created.id())
			.param("username", outsider)
			.param("level", "REVIEW")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.channel.granted");
		assertThat(channels.levelOf(outsider, created.id())).contains("REVIEW");
		assertThat(mvc.get().uri("/admin/channels").with(as(writer)).exchange()).as("editors do not manage channels")
			.hasStatus(403);
	}

	@Test
	void a_new_revision_is_compared_with_the_published_one_change_by_change() {
		RevisionView first = articles.create(channel.id(),
				new Articles.Draft("办事指南", null, null, null, "<p>办理时限为二十个工作日。</p><p>咨询电话：12345。</p>"), writer);
		articles.submit(first.id(), writer);
		articles.publish(first.id(), reviewer);
		RevisionView second = articles.revise(first.articleId(), writer);
		articles.save(second.id(),
				new Articles.Draft("办事指南（2027年版）", null, null, null, "<p>办理时限为十个工作日。</p><p>咨询电话：12345。</p>"), writer);

		assertThat(mvc.get().uri("/workbench/articles/revisions/{id}", second.id()).with(as(reviewer)).exchange())
			.bodyText()
			.contains("/workbench/articles/revisions/" + second.id() + "/compare", "与第 1 稿比较");
		assertThat(
				mvc.get().uri("/workbench/articles/revisions/{id}/compare", second.id()).with(as(reviewer)).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("比较第 1 稿和第 2 稿", "有 2 处不同", "办理时限为<del>二</del>十个工作日", "办事指南<ins>（2027年版）</ins>");
		assertThat(
				mvc.get().uri("/workbench/articles/revisions/{id}/compare", second.id()).with(as(outsider)).exchange())
			.hasStatus(404);
		RevisionView elsewhere = articles.create(channel.id(), new Articles.Draft("另一篇", null, null, null, "正文"),
				writer);
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}/compare?with={other}", second.id(), elsewhere.id())
			.with(as(reviewer))
			.exchange()).as("only revisions of the same article").hasStatus(404);
	}

	@Test
	void a_preview_link_shows_the_unpublished_revision_to_anyone_who_has_it_for_a_week() {
		clock.set(Instant.now());
		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft("待签发的通知", "征求意见稿", null, null, "<p>请各单位于12月5日前反馈。</p>"), writer);
		MvcTestResult made = mvc.post()
			.uri("/workbench/articles/revisions/{id}/preview", draft.id())
			.with(as(writer))
			.with(csrf())
			.exchange();
		String link = (String) made.getMvcResult().getFlashMap().get("previewLink");
		assertThat(link).contains("/preview/");
		String path = link.substring(link.indexOf("/preview/"));

		MvcTestResult anonymous = mvc.get().uri(path).exchange();
		assertThat(anonymous).hasStatusOk()
			.hasHeader("Cache-Control", "private, no-store")
			.hasHeader("X-Robots-Tag", "noindex, nofollow")
			.bodyText()
			.contains("预览：这一稿尚未发布", "待签发的通知", "征求意见稿", "请各单位于12月5日前反馈。");
		assertThat(anonymous.getResponse().getHeader("X-Cache")).isNull();
		assertThat(mvc.get().uri("/articles/{id}", draft.articleId()).exchange()).as("still not public").hasStatus(404);
		assertThat(mvc.get().uri("/preview/{token}", "not-a-real-link").exchange()).hasStatus(404);
		assertThatThrownBy(() -> articles.sharePreview(draft.id(), outsider)).isInstanceOf(ContentRefused.class);
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/preview", draft.id())
			.with(as(outsider))
			.with(csrf())
			.exchange()).hasStatus(404);

		RevisionView englishDraft = articles.create(english.id(),
				new Articles.Draft("Consultation on bus routes", null, null, null, "<p>Tell us by 5 December.</p>"),
				writer);
		String token = articles.sharePreview(englishDraft.id(), writer);
		assertThat(mvc.get().uri("/preview/{token}", token).exchange()).as("in the English site's layout")
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/en/preview/" + token);
		assertThat(mvc.get().uri("/en/preview/{token}", token).exchange()).hasStatusOk()
			.bodyText()
			.contains("Preview: this revision is not published", "Consultation on bus routes");

		clock.advance(Duration.ofDays(7).minusMinutes(1));
		assertThat(mvc.get().uri(path).exchange()).as("valid for a week").hasStatusOk();
		clock.advance(Duration.ofMinutes(1));
		assertThat(mvc.get().uri(path).exchange()).as("expired after a week").hasStatus(404);
	}

	@Test
	void several_articles_are_moved_or_withdrawn_at_once_and_refusals_are_named() {
		ChannelView archive = channels.create("zh", null, "archive-" + channel.slug(), "归档" + channel.name(),
				ChannelKind.ARTICLES, null, 0, false, false, "system");
		channels.grant(archive.id(), reviewer, "REVIEW", "system");
		long first = published("第一篇旧闻");
		long second = published("第二篇旧闻");
		assertThat(mvc.get().uri("/workbench/articles").with(as(reviewer)).exchange()).bodyText()
			.contains("name=\"article\" value=\"" + first + "\"", "选择《第一篇旧闻》");

		assertThat(mvc.post()
			.uri("/workbench/articles/bulk")
			.param("article", Long.toString(first), Long.toString(second))
			.param("action", "move")
			.param("channel", archive.id().toString())
			.with(as(reviewer))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.bulk.done");
		assertThat(site.published(first).orElseThrow().channelId()).isEqualTo(archive.id());
		assertThat(site.published(second).orElseThrow().channelId()).isEqualTo(archive.id());

		assertThat(mvc.post()
			.uri("/workbench/articles/bulk")
			.param("article", Long.toString(first))
			.param("action", "withdraw")
			.param("reason", "")
			.with(as(reviewer))
			.with(csrf())
			.exchange()).as("a reason is required").flash().containsEntry("error", "content.refused.commentMissing");
		assertThat(site.published(first).orElseThrow().withdrawn()).isFalse();

		articles.withdraw(second, "先撤一篇", reviewer);
		MvcTestResult partly = mvc.post()
			.uri("/workbench/articles/bulk")
			.param("article", Long.toString(first), Long.toString(second))
			.param("action", "withdraw")
			.param("reason", "信息过期")
			.with(as(reviewer))
			.with(csrf())
			.exchange();
		assertThat(partly).flash().containsEntry("error", "content.bulk.partly");
		assertThat((Object[]) partly.getMvcResult().getFlashMap().get("errorArguments")).startsWith(1, 1);
		assertThat(site.published(first).orElseThrow().withdrawn()).isTrue();

		long third = published("第三篇");
		assertThatThrownBy(() -> articles.move(third, archive.id(), writer)).as("the writer does not review")
			.isInstanceOf(ContentRefused.class);
		assertThatThrownBy(() -> articles.move(third, english.id(), reviewer)).as("another site")
			.isInstanceOf(ContentRefused.class)
			.hasMessageContaining("Cannot move");
	}

	private long published(String title) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "<p>正文</p>"),
				writer);
		articles.submit(draft.id(), writer);
		return articles.publish(draft.id(), reviewer).articleId();
	}

	@Test
	void tags_and_related_links_are_checked_kept_through_revisions_and_shown() {
		MvcTestResult bad = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "带标签的文章")
			.param("body", "正文")
			.param("related", "没有网址的链接 javascript:alert(1)")
			.with(as(writer))
			.with(csrf())
			.exchange();
		assertThat(bad).hasStatusOk().bodyText().contains("不是相关链接", "没有网址的链接 javascript:alert(1)");
		assertThat(mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "带标签的文章")
			.param("body", "正文")
			.param("tags", "一、二、三、四、五、六、七、八、九、十、十一")
			.with(as(writer))
			.with(csrf())
			.exchange()).bodyText().contains("标签最多 10 个");

		String tag = "数字政府" + channel.slug().substring(channel.slug().length() - 6);
		MvcTestResult created = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "带标签的文章")
			.param("body", "正文")
			.param("tags", tag + "、政务公开， " + tag)
			.param("related", "行动方案 /articles/1\n国务院网站 https://www.gov.cn/")
			.with(as(writer))
			.with(csrf())
			.exchange();
		long revision = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		RevisionView draft = articles.revision(revision).orElseThrow();
		assertThat(draft.tags()).as("each once").containsExactly(tag, "政务公开");
		assertThat(articles.related(revision)).containsExactly(new RelatedLink("行动方案", "/articles/1"),
				new RelatedLink("国务院网站", "https://www.gov.cn/"));
		articles.submit(revision, writer);
		long article = articles.publish(revision, reviewer).articleId();

		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).bodyText()
			.contains("相关链接", "href=\"https://www.gov.cn/\"", "rel=\"noopener external\"", "标签：", "/tags/"
					+ java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		assertThat(mvc.get().uri("/tags/{tag}", tag).exchange()).hasStatusOk()
			.bodyText()
			.contains("标签：" + tag, "共 1 篇", "带标签的文章");
		assertThat(mvc.get().uri("/tags/{tag}", "没有这个标签").exchange()).hasStatus(404);

		RevisionView second = articles.revise(article, writer);
		assertThat(second.tags()).containsExactly(tag, "政务公开");
		assertThat(articles.related(second.id())).hasSize(2);
		MvcTestResult refused = mvc.post()
			.uri("/workbench/articles/revisions/{id}", second.id())
			.param("title", "改过的标题")
			.param("body", "<p>改了一半的正文</p>")
			.param("related", "看似本站 //evil.example/phish")
			.with(as(writer))
			.with(csrf())
			.exchange();
		assertThat(refused).as("the edit is shown again with the reason, not lost")
			.hasStatusOk()
			.bodyText()
			.contains("不是相关链接", "改过的标题", "改了一半的正文", "看似本站 //evil.example/phish");
		assertThat(articles.revision(second.id()).orElseThrow().title()).as("nothing saved").isEqualTo("带标签的文章");
		assertThat(articles.related(second.id())).hasSize(2);
		assertThatThrownBy(() -> articles.save(second.id(),
				new Articles.Draft("带标签的文章", null, null, null, "正文", null, List.of(),
						List.of(new RelatedLink("反斜杠", "/\\evil.example/"))),
				writer))
			.as("not a path of this site either")
			.isInstanceOf(ContentRefused.class);
		articles.save(second.id(), new Articles.Draft("带标签的文章", null, null, null, "正文", null, List.of(tag),
				List.of(new RelatedLink("行动方案", "/articles/1"))), writer);
		assertThat(mvc.get().uri("/workbench/articles/revisions/{id}/compare", second.id()).with(as(writer)).exchange())
			.bodyText()
			.contains("相关链接", "标签", "有 2 处不同", "<del>；国务院网站 https://www.gov.cn/</del>");
	}

	private MvcTestResult save(long revision, String actor, String action, String title) {
		return mvc.post()
			.uri("/workbench/articles/revisions/{id}", revision)
			.param("title", title)
			.param("source", "市数据局")
			.param("body", "<p>各区县人民政府：</p><p>现将有关事项通知如下。</p>")
			.param("action", action)
			.with(as(actor))
			.with(csrf())
			.exchange();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
