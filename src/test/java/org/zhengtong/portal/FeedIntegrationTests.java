package org.zhengtong.portal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What readers follow and search engines crawl: each channel's RSS feed lists its newest
 * articles with absolute links (a withdrawn one leaves it), {@code /sitemap.xml} indexes
 * files that list every published article, the 网站地图 page shows the channel tree with a
 * feed for each, and an article page offers print and share links.
 */
@IntegrationTest
class FeedIntegrationTests {

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

	@Autowired
	PlatformProperties platform;

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, platformAccounts, "订阅", "Feed Bureau", "feed", null);
		channel = newsroom.channel(channels, "zh", "feed-" + newsroom.tag(), "订阅" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void a_channel_feed_lists_its_newest_articles_with_absolute_links() throws Exception {
		long older = publish("供水管网改造 <第一期> & 通知", null, "<p>自12月1日起，<b>城区</b>分片停水。</p>");
		long newer = publish("冬季供暖开始", "全市供暖于11月15日开始", "<p>正文</p>");

		MvcTestResult feed = mvc.get().uri("/feeds/{path}", channel.path()).exchange();
		assertThat(feed).hasStatusOk().hasContentType("application/rss+xml;charset=UTF-8");
		Document rss = xml(feed);
		assertThat(text(rss, "title")).first().isEqualTo("订阅" + newsroom.tag() + " - 秦川市人民政府");
		assertThat(text(rss, "link")).contains(absolute("/columns/" + channel.path()), absolute("/articles/" + older),
				absolute("/articles/" + newer));
		List<String> items = text(rss, "title").subList(1, 3);
		assertThat(items).as("newest first, characters as typed").containsExactly("冬季供暖开始", "供水管网改造 <第一期> & 通知");
		assertThat(text(rss, "description")).contains("全市供暖于11月15日开始", "自12月1日起， 城区 分片停水。");

		articles.withdraw(older, "已过期", newsroom.reviewer());
		assertThat(text(xml(mvc.get().uri("/feeds/{path}", channel.path()).exchange()), "title"))
			.doesNotContain("供水管网改造 <第一期> & 通知");
		assertThat(mvc.get().uri("/columns/{path}", channel.path()).exchange()).bodyText()
			.contains("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/" + channel.path() + "\"");
		assertThat(mvc.get().uri("/feeds/no-such-channel").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/en/feeds/{path}", channel.path()).exchange()).as("not on the English site")
			.hasStatus(404);
	}

	@Test
	void robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_staff_and_personal_pages() {
		assertThat(mvc.get().uri("/robots.txt").exchange()).hasStatusOk()
			.hasHeader("Cache-Control", "max-age=3600, public")
			.bodyText()
			.contains("User-agent: *", "Disallow: /workbench", "Disallow: /admin", "Disallow: /my",
					"Sitemap: " + absolute("/sitemap.xml"))
			.doesNotContain("Disallow: /articles", "Disallow: /\n");
	}

	@Test
	void the_site_answers_for_its_icon() {
		assertThat(mvc.get().uri("/favicon.ico").exchange()).hasStatusOk()
			.hasContentType("image/x-icon")
			.body()
			.satisfies((bytes) -> assertThat(bytes).startsWith(0, 0, 1, 0));
	}

	@Test
	void the_sitemap_indexes_every_published_article_and_the_channels() throws Exception {
		long kept = publish("网站地图收录的文章", null, "<p>正文</p>");
		long gone = publish("已撤下的文章", null, "<p>正文</p>");
		articles.withdraw(gone, "错误", newsroom.reviewer());

		Document index = xml(mvc.get().uri("/sitemap.xml").exchange());
		assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
		List<String> files = text(index, "loc");
		String articleFile = "/sitemaps/articles-" + kept / 50_000 + ".xml";
		assertThat(files).contains(absolute("/sitemaps/pages.xml"), absolute(articleFile));

		List<String> listed = text(xml(mvc.get().uri(articleFile).exchange()), "loc");
		assertThat(listed).contains(absolute("/articles/" + kept)).doesNotContain(absolute("/articles/" + gone));
		assertThat(text(xml(mvc.get().uri("/sitemaps/pages.xml").exchange()), "loc")).contains(absolute("/"),
				absolute("/en/"), absolute("/disclosure"), absolute("/columns/" + channel.path()));
		assertThat(mvc.get().uri("/sitemaps/articles-99999.xml").exchange()).hasStatus(404);
	}

	@Test
	void the_site_map_page_shows_the_channel_tree_with_a_feed_for_each() {
		ChannelView child = channels.create("zh", channel.id(), "child", "下级栏目" + newsroom.tag(), ChannelKind.ARTICLES,
				null, 0, false, false, "system");
		assertThat(mvc.get().uri("/sitemap").exchange()).hasStatusOk()
			.bodyText()
			.contains("网站地图", "订阅" + newsroom.tag(), "下级栏目" + newsroom.tag(), "/feeds/" + child.path(),
					"订阅“下级栏目" + newsroom.tag() + "”的 RSS", "信息公开");
		assertThat(mvc.get().uri("/en/sitemap").exchange()).hasStatusOk()
			.bodyText()
			.contains("Site map")
			.doesNotContain("订阅" + newsroom.tag());
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains("href=\"/sitemap\"");
	}

	@Test
	void an_article_page_offers_print_and_share_links_with_its_address() {
		long article = publish("分享这篇文章", null, "<p>正文</p>");
		String encoded = java.net.URLEncoder.encode(absolute("/articles/" + article),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).hasStatusOk()
			.bodyText()
			.contains("打印本页", "https://service.weibo.com/share/share.php?url=" + encoded,
					"mailto:?subject=" + "%E5%88%86%E4%BA%AB",
					"data-copy=\"" + absolute("/articles/" + article) + "\"");
	}

	private long publish(String title, String subtitle, String body) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, subtitle, null, null, body),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
		return draft.articleId();
	}

	private String absolute(String path) {
		return platform.absolute(path).toString();
	}

	private static Document xml(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static List<String> text(Document document, String element) {
		NodeList nodes = document.getElementsByTagNameNS("*", element);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(((Element) nodes.item(i)).getTextContent());
		}
		return texts;
	}

}
