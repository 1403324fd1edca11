package org.zhengtong.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.PageOf;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editors' desk through the shared list builder: each list pages with its count (no
 * more "the newest 30 published only"), and a title or channel filter finds an old
 * article.
 */
@IntegrationTest
class ArticleDeskListIntegrationTests {

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

	Newsroom newsroom;

	ChannelView news;

	ChannelView notices;

	/**
	 * 34 articles published in one channel, the oldest titled 二〇二〇年老文章, and one in
	 * another channel.
	 */
	@BeforeEach
	void thirtyFivePublished() {
		newsroom = Newsroom.open(units, platformAccounts, "列表", "Desk List Bureau", "desk", null);
		news = newsroom.channel(channels, "zh", "desk-news-" + newsroom.tag(), "要闻" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		notices = newsroom.channel(channels, "zh", "desk-notices-" + newsroom.tag(), "公告" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		publish(news, "二〇二〇年老文章");
		for (int i = 2; i <= 34; i++) {
			publish(news, "要闻第 " + i + " 篇");
		}
		publish(notices, "一则公告");
	}

	@Test
	void the_published_list_pages_past_thirty_with_a_count_equal_to_its_rows() throws Exception {
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 2; page++) {
			PageOf<DeskItem> shown = articles.desk(DeskList.PUBLISHED, newsroom.reviewer(), DeskFilter.none(), null,
					page, 20);
			assertThat(shown.total()).isEqualTo(35);
			shown.items().forEach((item) -> seen.add(item.title()));
		}
		assertThat(seen).as("each once, latest first").hasSize(35).doesNotHaveDuplicates();
		assertThat(seen.get(0)).isEqualTo("一则公告");
		assertThat(seen.get(34)).isEqualTo("二〇二〇年老文章");

		String first = body(mvc.get().uri("/workbench/articles").with(as(newsroom.reviewer())).exchange());
		assertThat(first).contains("我的栏目已发布（35 篇，最近的在前）", "要闻第 34 篇", "publishedPage=1").doesNotContain("二〇二〇年老文章");
		String second = body(
				mvc.get().uri("/workbench/articles?publishedPage=1").with(as(newsroom.reviewer())).exchange());
		assertThat(second).contains("二〇二〇年老文章", "要闻第 2 篇").doesNotContain("要闻第 34 篇");
	}

	@Test
	void a_title_or_channel_filter_finds_an_old_article_and_the_pages_keep_it() throws Exception {
		String found = body(
				mvc.get().uri("/workbench/articles?title={title}", "老文章").with(as(newsroom.reviewer())).exchange());
		assertThat(found).contains("我的栏目已发布（1 篇，最近的在前）", "二〇二〇年老文章").doesNotContain("要闻第 2 篇");

		assertThat(articles.desk(DeskList.PUBLISHED, newsroom.reviewer(), new DeskFilter("要闻第 3", null), null, 0, 20)
			.items()).extracting(DeskItem::title)
			.containsExactlyInAnyOrder("要闻第 3 篇", "要闻第 30 篇", "要闻第 31 篇", "要闻第 32 篇", "要闻第 33 篇", "要闻第 34 篇");
		assertThat(
				articles.desk(DeskList.PUBLISHED, newsroom.reviewer(), new DeskFilter("%", null), null, 0, 20).total())
			.as("% matches itself")
			.isZero();

		String inNotices = body(mvc.get()
			.uri("/workbench/articles?channel={channel}", notices.id())
			.with(as(newsroom.reviewer()))
			.exchange());
		assertThat(inNotices).contains("我的栏目已发布（1 篇，最近的在前）", "一则公告").doesNotContain("要闻第");

		String filteredPages = body(
				mvc.get().uri("/workbench/articles?title={title}", "要闻").with(as(newsroom.reviewer())).exchange());
		assertThat(filteredPages).contains("我的栏目已发布（33 篇，最近的在前）", "title=%E8%A6%81%E9%97%BB&amp;publishedPage=1");

		String outsider = "deskoutsider" + newsroom.tag();
		newsroom.editor(platformAccounts, outsider);
		assertThat(
				body(mvc.get().uri("/workbench/articles?channel={channel}", news.id()).with(as(outsider)).exchange()))
			.as("a channel one does not work in shows nothing")
			.contains("我的栏目已发布（0 篇，最近的在前）")
			.doesNotContain("二〇二〇年老文章");
	}

	private void publish(ChannelView channel, String title) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "<p>正文</p>"),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
