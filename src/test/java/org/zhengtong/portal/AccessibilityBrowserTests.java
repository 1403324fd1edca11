package org.zhengtong.portal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Newsroom;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page, in Chinese and English, as the people who read it: axe-core 4.14
 * finds no WCAG 2.1 A/AA problem at 1280 and 375 px, nor with high contrast (which also
 * reaches 7:1) and 大字模式 on; the page reflows at 375 and 320 CSS px, with and without
 * 大字模式, so nothing scrolls sideways but a wide table in its own focusable box (WCAG
 * 1.4.10); the English pages use English punctuation and plurals and mark Chinese words
 * as Chinese; and printing leaves out the site's chrome and writes out where links lead.
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	/**
	 * Pages by name; the articles and catalogue entries are published once for the class.
	 */
	private static Map<String, String> pages;

	private static String citizen;

	private static boolean citizenSignedIn;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	static Stream<String> publicPages() {
		return Stream.of("home", "home-en", "column", "column-en", "article", "article-en", "disclosure-article",
				"disclosure-article-en", "catalogue", "catalogue-en", "catalogue-unit", "catalogue-unit-en", "tag",
				"tag-en", "search", "search-en", "sitemap", "sitemap-en", "login", "login-en", "register",
				"register-citizen", "register-enterprise", "password-forgot", "sms-login", "not-found", "not-found-en",
				"gone", "my", "my-messages", "my-preferences");
	}

	static Stream<String> englishPages() {
		return publicPages().filter((page) -> page.endsWith("-en"));
	}

	@BeforeEach
	void publishedContent() {
		if (pages == null) {
			pages = publish();
		}
	}

	// Each page is one case of each check below, its widths and modes checked in turn
	// with
	// soft assertions (every finding reported, as when each was a case of its own): one
	// screenshot a page and check instead of one a width. axe-core runs through
	// BrowserTestSupport.axeRun, in the page itself (these pages have no frames; axe's
	// frame
	// isolation opened and switched windows, which under a loaded machine failed 3 of 62
	// runs with "switchToWindow failed").
	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPages")
	void public_pages_have_no_accessibility_problems_at_1280_and_375_px(String page) {
		SoftAssertions softly = new SoftAssertions();
		for (int width : new int[] { 1280, 375 }) {
			visit(page, width, false, false);

			AxeFindings findings = axeRun(WCAG_21_AA);

			softly.assertThat(findings.passes()).as("axe ran its checks").contains("color-contrast");
			softly.assertThat(findings.problems()).as("%s (%s) at %d px", page, pages.get(page), width).isEmpty();
			if (width == 375) {
				// the reflow check of this page at 375 px with normal text, on the page
				// already open (a visit costs more than the check)
				reflows(softly, page, width, false);
			}
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPages")
	void public_pages_have_no_accessibility_problems_in_high_contrast_with_larger_text(String page) {
		visit(page, 375, true, true);

		// One pass: the WCAG 2.1 AA rules and, beside them, the 7:1 rule (AAA).
		AxeFindings findings = axeRun(WCAG_21_AA, "color-contrast-enhanced");

		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(findings.problemsBut("color-contrast-enhanced"))
			.as("%s with high contrast and 大字模式 at 375 px", page)
			.isEmpty();
		softly.assertThat(findings.problems("color-contrast-enhanced"))
			.as("%s: contrast of at least 7:1 in high contrast", page)
			.isEmpty();
		softly.assertThat(findings.ran("color-contrast-enhanced")).as("the 7:1 rule ran").isTrue();
		softly.assertAll();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("publicPages")
	void public_pages_reflow_without_sideways_scrolling(String page) {
		SoftAssertions softly = new SoftAssertions();
		for (boolean larger : new boolean[] { false, true }) {
			for (int width : new int[] { 375, 320 }) {
				if (width == 375 && !larger) {
					continue; // checked at the 375 px visit of the accessibility test
								// above
				}
				visit(page, width, larger, false);
				reflows(softly, page, width, larger);
			}
		}
		softly.assertAll();
	}

	/** The page shown fills the viewport's width and nothing reaches beyond it. */
	private void reflows(SoftAssertions softly, String page, int width, boolean larger) {
		softly.assertThat(script("return window.innerWidth;"))
			.as("%s: the viewport is %d px", page, width)
			.isEqualTo((long) width);
		softly.assertThat(wider())
			.as("%s (%s) at %d px%s: elements reaching beyond the screen", page, pages.get(page), width,
					larger ? " in 大字模式" : "")
			.isEmpty();
		softly.assertThat((Long) script("return document.documentElement.scrollWidth;"))
			.as("%s at %d px%s: the page's width", page, width, larger ? " in 大字模式" : "")
			.isLessThanOrEqualTo((Long) script("return document.documentElement.clientWidth;"));
	}

	@Test
	void a_wide_table_scrolls_in_its_own_box_that_the_keyboard_reaches() {
		visit("article", 320, false, false);

		var box = browser.findElement(By.cssSelector(".article-body .table-scroll"));
		assertThat(box.getAttribute("role")).isEqualTo("region");
		assertThat(box.getAttribute("aria-label")).isEqualTo("表格（可左右滚动）");
		assertThat(box.getAttribute("tabindex")).as("focusable while it scrolls").isEqualTo("0");
		assertThat((Boolean) script("return arguments[0].scrollWidth > arguments[0].clientWidth;", box)).isTrue();
		assertThat((Long) script("return document.documentElement.scrollWidth;")).isLessThanOrEqualTo(320L);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("englishPages")
	void english_pages_use_english_punctuation_and_mark_chinese_words_as_chinese(String page) {
		visit(page, 1280, false, false);

		@SuppressWarnings("unchecked")
		List<String> chineseUnmarked = (List<String>) script(
				"""
						const found = [];
						const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
						while (walker.nextNode()) {
						  const node = walker.currentNode;
						  const element = node.parentElement;
						  if (!element || element.closest('script, style, [hidden]') || !element.getClientRects().length) continue;
						  const lang = (element.closest('[lang]') || document.documentElement).getAttribute('lang');
						  if (lang.startsWith('zh')) continue;
						  if (/[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/.test(node.textContent)) found.push(node.textContent.trim());
						}
						return found;""");
		assertThat(chineseUnmarked).as("%s: Chinese characters or full-width punctuation in English text", page)
			.isEmpty();
		String text = browser.findElement(By.tagName("body")).getText();
		assertThat(text).as("%s: a space after each colon", page).doesNotContainPattern("[A-Za-z]:[^\\s/]");
		assertThat(text).as("%s: no plural after one", page)
			.doesNotContainPattern("(?<![\\d,.])1 (items|articles|results)");
	}

	@Test
	void english_counts_say_one_item_and_two_items() {
		visit("catalogue-unit-en", 1280, false, false);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 item").doesNotContain("1 items");
		open(pages.get("tag-en"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("2 articles");
	}

	@Test
	void the_english_disclosure_article_marks_its_document_number_as_chinese() {
		visit("disclosure-article-en", 375, false, false);

		var number = browser.findElement(By.xpath("//dd[contains(., '秦测发')]"));
		assertThat(number.getAttribute("lang")).isEqualTo("zh-CN");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void printing_an_article_leaves_out_the_site_around_it_and_writes_out_link_addresses() {
		visit("article", 1280, false, true);
		((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			for (String chrome : List.of(".toolbar", ".banner", ".main-nav", ".footer", ".crumbs", ".article-tools",
					".skip-link")) {
				assertThat(script("return getComputedStyle(document.querySelector(arguments[0])).display;", chrome))
					.as("%s is not printed", chrome)
					.isEqualTo("none");
			}
			assertThat(browser.findElement(By.tagName("h1")).isDisplayed()).isTrue();
			assertThat(script("return getComputedStyle(document.body).backgroundColor;")).as("white paper")
				.isIn("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)");
			assertThat(script("return getComputedStyle(document.body).color;")).as("black ink, also in high contrast")
				.isEqualTo("rgb(0, 0, 0)");
			String internal = (String) script(
					"return getComputedStyle(document.querySelector('.article-body a[href^=\"/\"]'), '::after').content;");
			assertThat(internal).as("an internal link is followed by its full address")
				.isEqualTo("\" (http://localhost:" + port + "/sitemap)\"");
			String external = (String) script(
					"return getComputedStyle(document.querySelector('.article-body a[href^=\"https:\"]'), '::after').content;");
			assertThat(external).contains("https://www.gov.cn/");
		}
		finally {
			((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void high_contrast_mode_has_a_contrast_of_at_least_seven_to_one() {
		viewport(1280, 900);
		open("/");
		browser.findElement(By.cssSelector("[data-preference='high-contrast']")).click();

		AxeFindings findings = axeRun(List.of(), "color-contrast-enhanced");

		assertThat(findings.passes()).as("the rule ran").contains("color-contrast-enhanced");
		assertThat(findings.problems()).isEmpty();
		browser.findElement(By.cssSelector("[data-preference='high-contrast']")).click();
	}

	/**
	 * Opens a named page at a width (the layout viewport set through DevTools, so 320 px
	 * is exactly 320 CSS px), with the reader's preferences as given.
	 */
	private void visit(String page, int width, boolean larger, boolean highContrast) {
		boolean asCitizen = page.startsWith("my");
		if (asCitizen && !citizenSignedIn) {
			signIn();
		}
		else if (!asCitizen) {
			browser.manage().deleteAllCookies();
			citizenSignedIn = false;
		}
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		if (!browser.getCurrentUrl().startsWith("http://localhost:" + port + "/")) {
			open("/robots.txt");
		}
		script("localStorage.setItem('zt-text-large', arguments[0]); localStorage.setItem('zt-high-contrast', arguments[1]);",
				larger ? "on" : "off", highContrast ? "on" : "off");
		open(pages.get(page));
	}

	private void signIn() {
		browser.manage().deleteAllCookies();
		open("/login");
		browser.findElement(By.id("username")).sendKeys(citizen);
		browser.findElement(By.id("password")).sendKeys("Qinchuan@2026");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		citizenSignedIn = true;
	}

	/**
	 * Visible elements whose box ends beyond the right edge, outside a box that scrolls.
	 */
	@SuppressWarnings("unchecked")
	private List<String> wider() {
		return (List<String>) script(
				"""
						const width = document.documentElement.clientWidth;
						const found = [];
						for (const e of document.querySelectorAll('body *')) {
						  const box = e.getBoundingClientRect();
						  if (box.width === 0 || box.right <= width + 0.5) continue;
						  if (getComputedStyle(e).visibility === 'hidden' || e.closest('.skip-link, .visually-hidden')) continue;
						  let scroller = e.parentElement, inside = false;
						  while (scroller && scroller !== document.body) {
						    const overflow = getComputedStyle(scroller).overflowX;
						    if (overflow === 'auto' || overflow === 'scroll' || overflow === 'hidden') { inside = true; break; }
						    scroller = scroller.parentElement;
						  }
						  if (inside) continue;
						  found.push(e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
						    + ' right=' + Math.round(box.right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"');
						}
						return found.slice(0, 10);""");
	}

	private Map<String, String> publish() {
		String first17 = "11619700MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "无障碍",
				"Qinchuan Municipal Bureau of Open Government Data and Accessibility Testing", "a",
				first17 + CreditCode.checkCharacter(first17));
		String tag = newsroom.tag();
		ChannelView column = newsroom.channel(channels, "zh", "a11y-" + tag, "无障碍测试栏目" + tag, ChannelKind.ARTICLES,
				true);
		ChannelView columnEn = newsroom.channel(channels, "en", "a11y-" + tag, "Accessibility " + tag,
				ChannelKind.ARTICLES, true);
		ChannelView files = newsroom.channel(channels, "zh", "a11y-files-" + tag, "无障碍测试文件" + tag,
				ChannelKind.DISCLOSURE, false);
		ChannelView filesEn = newsroom.channel(channels, "en", "a11y-files-" + tag, "Documents " + tag,
				ChannelKind.DISCLOSURE, false);
		StringBuilder table = new StringBuilder("<table><thead><tr>");
		for (int i = 1; i <= 9; i++) {
			table.append("<th>第").append(i).append("季度政务服务事项办理量</th>");
		}
		table.append("</tr></thead><tbody><tr>");
		for (int i = 1; i <= 9; i++) {
			table.append("<td>").append(12345 * i).append("</td>");
		}
		table.append("</tr></tbody></table>");
		String body = "<p>全市政务服务事项实现“一网通办”，详见<a href=\"/sitemap\">网站地图</a>和<a href=\"https://www.gov.cn/zhengce/\">"
				+ "中国政府网政策文件</a>。</p><p>参考地址：https://www.example.gov.cn/a/very/long/address/that/never/breaks/by/itself/index.html</p>"
				+ table;
		long article = publish(newsroom, column, new Articles.Draft("关于全市政务服务事项办理情况的通报" + tag, null, "秦川市无障碍测试局", null,
				body, null, List.of("无障碍" + tag), List.of()));
		long articleEn = publish(newsroom, columnEn,
				new Articles.Draft("Government services handled in the third quarter " + tag, null,
						"Qinchuan Municipal Bureau of Open Government Data", null,
						"<p>Every service can be applied for online; see the <a href=\"/en/sitemap\">site map</a>.</p>",
						null, List.of("services" + tag), List.of()));
		publish(newsroom, columnEn, new Articles.Draft("Second article " + tag, null, null, null, "<p>More.</p>", null,
				List.of("services" + tag), List.of()));
		DisclosureFields fields = new DisclosureFields(newsroom.unit(), DisclosureTopic.GENERAL_AFFAIRS,
				DisclosureKind.DOCUMENT, "秦测发〔2026〕7号", LocalDate.of(2026, 1, 5), null);
		long disclosure = publish(newsroom, files,
				new Articles.Draft("秦川市公共数据无障碍管理办法" + tag, null, null, null, "<p>第一条 为规范管理，制定本办法。</p>", fields));
		long disclosureEn = publish(newsroom, filesEn,
				new Articles.Draft("Measures of Qinchuan for accessible public data " + tag, null, null, null,
						"<p>Article 1. These measures are made to manage public data.</p>",
						new DisclosureFields(newsroom.unit(), DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT,
								"秦测发〔2026〕8号", LocalDate.of(2026, 1, 5), null)));

		citizen = "a11ycitizen" + tag;
		platformAccounts.create(citizen, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		platformAccounts.grant(citizen, IdentityRoles.CITIZEN);

		Map<String, String> paths = new LinkedHashMap<>();
		paths.put("home", "/");
		paths.put("home-en", "/en/");
		paths.put("column", "/columns/" + column.path());
		paths.put("column-en", "/en/columns/" + columnEn.path());
		paths.put("article", "/articles/" + article);
		paths.put("article-en", "/en/articles/" + articleEn);
		paths.put("disclosure-article", "/articles/" + disclosure);
		paths.put("disclosure-article-en", "/en/articles/" + disclosureEn);
		paths.put("catalogue", "/disclosure");
		paths.put("catalogue-en", "/en/disclosure");
		paths.put("catalogue-unit", "/disclosure?unit=" + newsroom.unit());
		paths.put("catalogue-unit-en", "/en/disclosure?unit=" + newsroom.unit());
		paths.put("tag", "/tags/无障碍" + tag);
		paths.put("tag-en", "/en/tags/services" + tag);
		paths.put("search", "/search?q=政务服务");
		paths.put("search-en", "/en/search?q=services");
		paths.put("sitemap", "/sitemap");
		paths.put("sitemap-en", "/en/sitemap");
		paths.put("login", "/login?lang=zh-CN");
		paths.put("login-en", "/login?lang=en");
		paths.put("register", "/register");
		paths.put("register-citizen", "/register/citizen");
		paths.put("register-enterprise", "/register/enterprise");
		paths.put("password-forgot", "/password/forgot");
		paths.put("sms-login", "/login/sms");
		paths.put("not-found", "/no-such-page");
		paths.put("not-found-en", "/en/no-such-page");
		paths.put("gone", "/articles/" + withdrawn(newsroom, column));
		paths.put("my", "/my");
		paths.put("my-messages", "/my/messages");
		paths.put("my-preferences", "/my/messages/preferences");
		return paths;
	}

	private long publish(Newsroom newsroom, ChannelView channel, Articles.Draft draft) {
		long revision = articles.create(channel.id(), draft, newsroom.writer()).id();
		articles.submit(revision, newsroom.writer());
		return articles.publish(revision, newsroom.reviewer()).articleId();
	}

	private long withdrawn(Newsroom newsroom, ChannelView channel) {
		long article = publish(newsroom, channel,
				new Articles.Draft("已撤下的通知" + newsroom.tag(), null, null, null, "<p>已撤下。</p>"));
		articles.withdraw(article, "测试撤下", newsroom.reviewer());
		return article;
	}

}
