package org.zhengtong.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class HomepageIntegrationTests {

	@Autowired
	MockMvcTester mvc;

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

	@Test
	void each_homepage_channel_is_a_block_of_its_newest_articles_in_the_editors_order() throws Exception {
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "首页", "Homepage Bureau", "home", null);
		ChannelView second = channels.create("zh", null, "home-b-" + newsroom.tag(), "乙栏目" + newsroom.tag(),
				ChannelKind.ARTICLES, null, 2, false, true, "system");
		ChannelView first = channels.create("zh", null, "home-a-" + newsroom.tag(), "甲栏目" + newsroom.tag(),
				ChannelKind.ARTICLES, null, 1, false, true, "system");
		ChannelView hidden = channels.create("zh", null, "home-c-" + newsroom.tag(), "丙栏目" + newsroom.tag(),
				ChannelKind.ARTICLES, null, 0, false, false, "system");
		for (ChannelView channel : List.of(first, second, hidden)) {
			channels.grant(channel.id(), newsroom.writer(), "DRAFT", "system");
			channels.grant(channel.id(), newsroom.reviewer(), "REVIEW", "system");
		}
		for (int i = 1; i <= 8; i++) {
			publish(newsroom, first, "甲栏目第" + i + "篇" + newsroom.tag());
		}
		publish(newsroom, second, "乙栏目的文章" + newsroom.tag());
		publish(newsroom, hidden, "不上首页的文章" + newsroom.tag());

		String home = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("甲栏目第8篇", "甲栏目第3篇", "更多甲栏目" + newsroom.tag(), "乙栏目的文章")
			.as("six a block")
			.doesNotContain("甲栏目第2篇" + newsroom.tag())
			.doesNotContain("不上首页的文章");
		assertThat(home.indexOf("甲栏目第8篇")).as("blocks in the channels' order").isLessThan(home.indexOf("乙栏目的文章"));
	}

	private void publish(Newsroom newsroom, ChannelView channel, String title) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "<p>正文</p>"),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
	}

	@Test
	void the_chinese_homepage_shows_the_government_name_navigation_and_filing_numbers() {
		MvcTestResult page = mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html lang=\"zh-CN\">")
			.contains("<title>首页 - 秦川市人民政府</title>")
			.contains("欢迎访问秦川市人民政府")
			.contains("信息公开", "政务服务", "互动交流")
			.contains("网站标识码：", "6199000001")
			.contains("秦ICP备20260001号-1", "href=\"https://beian.miit.gov.cn/\"")
			.contains("秦公网安备61990002000001号", "code=61990002000001")
			.contains("class=\"skip-link\" href=\"#main\"");
	}

	@Test
	void the_english_site_lives_under_en_and_shows_english_only() {
		MvcTestResult page = mvc.get().uri("/en/").accept(MediaType.TEXT_HTML).exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html lang=\"en\">")
			.contains("Welcome to the Qinchuan Municipal People&#39;s Government")
			.contains("Government information", "Services", "Have your say")
			.doesNotContain("欢迎访问", "信息公开");
	}

	@Test
	void each_site_links_to_the_other_language() {
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("href=\"/en/\" lang=\"en\" hreflang=\"en\"");
		assertThat(mvc.get().uri("/en/").exchange()).bodyText()
			.contains("href=\"/\" lang=\"zh-CN\" hreflang=\"zh-CN\"");
	}

	@Test
	void style_sheets_and_scripts_go_by_names_that_change_with_their_content() throws Exception {
		String page = mvc.get().uri("/").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Matcher css = Pattern.compile("href=\"(/assets/css/portal-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).as("a versioned style sheet link in " + page).isTrue();
		assertThat(page).doesNotContain("href=\"/assets/css/portal.css\"")
			.containsPattern("src=\"/assets/js/[a-z-]+-[0-9a-f]{32}\\.js\"");
		// A year in every cache is safe only because a release changes the name.
		assertThat(mvc.get().uri(css.group(1)).exchange()).hasStatusOk().hasHeader("Cache-Control", "max-age=31536000");
	}

	@Test
	void the_language_link_is_named_by_the_word_it_shows() {
		// axe-core 4.14's label-content-name-mismatch: an aria-label (切换到英文网站) that does
		// not
		// contain the visible "English" hides the link from a voice user who says what
		// they see.
		assertThat(mvc.get().uri("/").exchange()).bodyText()
			.containsPattern("hreflang=\"en\"\\s*>English</a>")
			.doesNotContain("切换到英文网站");
		assertThat(mvc.get().uri("/en/").exchange()).bodyText()
			.containsPattern("hreflang=\"zh-CN\"\\s*>中文</a>")
			.doesNotContain("Switch to the Chinese site");
	}

	@Test
	void an_anonymous_reader_gets_a_cacheable_page_without_a_session() {
		MvcTestResult page = mvc.get().uri("/").exchange();

		assertThat(page).hasHeader("Cache-Control", "public, no-cache");
		assertThat(page).doesNotContainHeader("Set-Cookie");
		assertThat(page.getRequest().getSession(false)).isNull();
	}

	@Test
	void a_logged_in_reader_gets_a_page_no_cache_may_store() {
		// A signed-in visitor always carries the session cookie; the page cache passes
		// any request with one.
		MvcTestResult page = mvc.get()
			.uri("/")
			.cookie(new jakarta.servlet.http.Cookie("SESSION", "c2Vzc2lvbg"))
			.with(user("zhangsan").roles("STAFF"))
			.exchange();

		assertThat(page).hasHeader("Cache-Control", "private, no-store");
	}

}
