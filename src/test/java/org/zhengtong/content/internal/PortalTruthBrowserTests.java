package org.zhengtong.content.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Newsroom;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal as a citizen and an inspector see it, at 1280 and 375 px, with axe-core
 * finding nothing: the footer's 党政机关网站标识 and 找错 link, the 政务服务 and 互动交流 places, a seed
 * plan under its own issuer and 失效, and the annual report's tables (wide ones scroll in
 * their own box, the page does not).
 */
class PortalTruthBrowserTests extends BrowserTestSupport {

	@Autowired
	Channels channels;

	@Autowired
	ChannelService channelService;

	@Autowired
	Articles articles;

	@Autowired
	DisclosureService disclosureService;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	static List<Long> plans;

	static long report;

	@BeforeEach
	void seedPlansAndAReportOnce() {
		if (plans != null) {
			return;
		}
		String first17 = "11619600MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		Newsroom newsroom = Newsroom.open(units, platformAccounts, "浏览", "Browser Truth Bureau", "b",
				first17 + CreditCode.checkCharacter(first17));
		ChannelView channel = newsroom.channel(channels, "zh", "refb-" + newsroom.tag(), "参考文件" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
		plans = new DemoContent(channelService, articles, accounts, environment, units, disclosureService, clock)
			.seedPlans(channel, newsroom.writer(), newsroom.reviewer(), newsroom.unit());
		var draft = articles.create(channel.id(),
				new Articles.Draft("秦川市浏览测试局2025年政府信息公开工作年度报告", null, null, null,
						"<h2>一、总体情况</h2><p>总体情况。</p><h2>五、存在的主要问题及改进情况</h2><p>问题。</p>",
						new DisclosureFields(newsroom.unit(), DisclosureTopic.GENERAL_AFFAIRS,
								DisclosureKind.ANNUAL_REPORT, null, LocalDate.of(2026, 1, 20), null),
						List.of(), List.of()),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		report = articles.publish(draft.id(), newsroom.reviewer()).articleId();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 375 })
	void the_footer_shows_the_site_mark_and_the_error_link_and_the_navigation_leads_to_services(int width) {
		viewport(width, 900);
		open("/");
		WebElement mark = browser.findElement(By.cssSelector("footer a[href^='https://bszs.conac.cn/'] img"));
		assertThat(mark.isDisplayed()).isTrue();
		assertThat(mark.getAttribute("alt")).startsWith("党政机关网站标识");
		assertThat((Boolean) script("return arguments[0].complete && arguments[0].naturalWidth > 0;", mark))
			.as("the mark's picture loads")
			.isTrue();
		WebElement errors = browser.findElement(By.linkText("我为政府网站找错"));
		assertThat(errors.isDisplayed()).isTrue();
		assertThat(errors.getAttribute("href")).startsWith("https://zfwzzc.www.gov.cn/");
		assertThat(fitsTheScreen()).as("no sideways scrolling at %d px", width).isTrue();
		assertThat(seriousProblems()).as("/").isEmpty();

		browser.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText("政务服务")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("政务服务");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("国家政务服务平台").doesNotContain("本栏目暂无信息");
		assertThat(fitsTheScreen()).isTrue();
		assertThat(seriousProblems()).as("/services").isEmpty();

		browser.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText("互动交流")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("互动交流");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("12345").doesNotContain("本栏目暂无信息");
		assertThat(fitsTheScreen()).isTrue();
		assertThat(seriousProblems()).as("/interaction").isEmpty();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 375 })
	void a_seed_plan_reads_as_another_governments_expired_plan(int width) {
		viewport(width, 900);
		open("/articles/" + plans.get(3));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("本文件已于 2016-01-01 失效。", "咸阳市人民政府办公室", "咸政办发〔2011〕11号", "2011-01-26", "已失效");
		assertThat(fitsTheScreen()).isTrue();
		assertThat(seriousProblems()).as("a seed plan").isEmpty();

		open("/disclosure");
		WebElement first = browser
			.findElement(By.xpath("//ol[@class='catalogue']/li[.//a[text()='陕西省“十二五”国民经济和社会信息化规划']]"));
		assertThat(first.getText()).contains("陕西省“十二五”国民经济和社会信息化规划", "已失效", "陕西省工业和信息化厅、陕西省发展和改革委员会", "陕工信发〔2011〕311号",
				"2011-08-01");
		assertThat(fitsTheScreen()).isTrue();
		assertThat(seriousProblems()).as("/disclosure").isEmpty();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 375 })
	void the_annual_report_shows_the_national_tables_and_says_why_a_table_is_blank(int width) {
		viewport(width, 900);
		open("/articles/" + report);
		List<String> captions = browser.findElements(By.cssSelector(".annual-report caption"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(captions).containsExactly("第二十条第（一）项", "第二十条第（五）项、第（六）项", "第二十条第（八）项", "收到和处理政府信息公开申请情况（单位：件）",
				"政府信息公开行政复议、行政诉讼情况（单位：件）");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("（七）总计", "本平台尚不登记");
		assertThat(fitsTheScreen()).as("wide tables scroll in their own box at %d px", width).isTrue();
		assertThat(seriousProblems()).as("the annual report").isEmpty();
	}

	private boolean fitsTheScreen() {
		return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

}
