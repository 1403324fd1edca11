package org.zhengtong.content.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureItem;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Disclosures;
import org.zhengtong.content.Newsroom;
import org.zhengtong.content.Validity;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a citizen and a website inspector (国办秘函〔2019〕19号) find on the portal: the five
 * seed plans listed under their own issuers with their own numbers, dates and 失效 (not as
 * the general office's valid documents), the 年度报告 with the tables of the national format
 * filled from the catalogue and blank with the reason where the platform has no data, the
 * footer's 党政机关网站标识 and 找错 link, and 政务服务 / 互动交流 places that say where to go.
 */
@IntegrationTest
class PortalTruthIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	ChannelService channelService;

	@Autowired
	Articles articles;

	@Autowired
	Disclosures disclosures;

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

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aDisclosureChannelOfAUnitWithACreditCode() {
		String first17 = "11619700MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		newsroom = Newsroom.open(units, platformAccounts, "真实", "Truth Test Bureau", "t",
				first17 + CreditCode.checkCharacter(first17));
		channel = newsroom.channel(channels, "zh", "ref-" + newsroom.tag(), "参考文件" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
	}

	List<Long> seedPlans() {
		DemoContent demo = new DemoContent(channelService, articles, accounts, environment, units, disclosureService,
				clock);
		return demo.seedPlans(channel, newsroom.writer(), newsroom.reviewer(), newsroom.unit());
	}

	@Test
	void the_seed_plans_carry_their_own_issuer_number_date_and_are_no_longer_valid() throws Exception {
		List<Long> plans = seedPlans();

		DisclosureItem xianyang = disclosures.item(plans.get(3)).orElseThrow();
		assertThat(xianyang.issuerName(false)).isEqualTo("咸阳市人民政府办公室");
		assertThat(xianyang.documentNumber()).isEqualTo("咸政办发〔2011〕11号");
		assertThat(xianyang.writtenOn()).isEqualTo(LocalDate.of(2011, 1, 26));
		assertThat(xianyang.validity()).isEqualTo(Validity.INVALID);
		assertThat(xianyang.validityOn()).isEqualTo(LocalDate.of(2016, 1, 1));
		DisclosureItem province = disclosures.item(plans.get(4)).orElseThrow();
		assertThat(province.issuerName(false)).isEqualTo("陕西省工业和信息化厅、陕西省发展和改革委员会");
		assertThat(province.documentNumber()).isEqualTo("陕工信发〔2011〕311号");
		assertThat(province.writtenOn()).isEqualTo(LocalDate.of(2011, 8, 1));
		DisclosureItem baoji = disclosures.item(plans.get(0)).orElseThrow();
		assertThat(baoji.issuerName(false)).isEqualTo("宝鸡市人民政府办公室");
		assertThat(baoji.documentNumber()).as("the notice names no number").isNull();
		assertThat(baoji.writtenOn()).isEqualTo(LocalDate.of(2009, 5, 27));
		assertThat(plans)
			.allSatisfy((id) -> assertThat(disclosures.item(id).orElseThrow().validity()).isEqualTo(Validity.INVALID));

		assertThat(mvc.get().uri("/articles/{id}", plans.get(3)).exchange()).hasStatusOk()
			.bodyText()
			.contains("本文件已于 2016-01-01 失效。", "规划期（2011—2015年）已结束", "咸政办发〔2011〕11号", "2011-01-26")
			.containsPattern("发布机构</dt><dd[^>]*>咸阳市人民政府办公室</dd>")
			.containsPattern("转载单位</dt><dd>秦川市真实测试局" + newsroom.tag() + "</dd>");
		// The catalogue: newest first, so the five are on its first page.
		String catalogue = mvc.get().uri("/disclosure").exchange().getResponse().getContentAsString();
		String item = catalogue.substring(catalogue.indexOf(">陕西省“十二五”国民经济和社会信息化规划<"));
		item = item.substring(0, item.indexOf("</li>"));
		assertThat(item).contains("已失效", "陕西省工业和信息化厅、陕西省发展和改革委员会", "陕工信发〔2011〕311号", "2011-08-01")
			.doesNotContain("秦川市真实测试局");
		// The unit's own list is what it issued: none of the five.
		assertThat(mvc.get().uri("/disclosure?unit={unit}", newsroom.unit()).exchange()).hasStatusOk()
			.bodyText()
			.contains("共 0 条")
			.doesNotContain("咸阳市“十二五”信息化发展规划");
	}

	@Test
	void every_seed_value_is_what_the_seed_document_itself_says() throws Exception {
		for (DemoContent.Seed seed : DemoContent.SEEDS) {
			String text = new String(
					new org.springframework.core.io.ClassPathResource("demo/seeds/" + seed.file()).getInputStream()
						.readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
			// 白银's plan names no issuing body: the city government's, by its title.
			for (String issuer : seed.issuer().split("、")) {
				assertThat(text).as(seed.file()).contains(seed.file().startsWith("002") ? "白银市" : issuer);
			}
			if (seed.number() != null) {
				assertThat(text.replace('【', '〔').replace('】', '〕')).as(seed.file()).contains(seed.number());
			}
			if (seed.writtenOn() != null) {
				assertThat(text.replace('〇', '○')).as(seed.file()).contains(chineseDate(seed.writtenOn()));
			}
			assertThat(seed.expiredOn()).as("expired years ago").isBefore(LocalDate.of(2020, 1, 1));
		}
	}

	@Test
	void the_annual_report_carries_the_national_tables_counted_from_the_catalogue() throws Exception {
		UUID unit = newsroom.unit();
		long made = publish("秦川市测试数据管理办法", "秦测发〔2025〕3号", LocalDate.of(2025, 3, 1), null, DisclosureKind.DOCUMENT);
		long repealed = publish("秦川市测试数据管理暂行办法", "秦测发〔2019〕2号", LocalDate.of(2019, 1, 1), null,
				DisclosureKind.DOCUMENT);
		disclosures.changeValidity(repealed, Validity.REPEALED, LocalDate.of(2025, 6, 30), "被秦测发〔2025〕3号废止",
				newsroom.reviewer());
		publish("秦川市测试数据目录", "秦测发〔2024〕5号", LocalDate.of(2024, 5, 1), null, DisclosureKind.DOCUMENT);
		publish("陕西省测试规划", "陕测发〔2025〕1号", LocalDate.of(2025, 2, 1), "陕西省测试厅", DisclosureKind.DOCUMENT);
		publish("秦川市测试工作要点", null, LocalDate.of(2025, 4, 1), null, DisclosureKind.DOCUMENT);
		long report = publishReport(unit);
		assertThat(made).isPositive();

		String page = mvc.get().uri("/articles/{id}", report).exchange().getResponse().getContentAsString();
		assertThat(page).contains("二、主动公开政府信息情况", "第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数", "行政许可", "行政处罚", "行政强制",
				"行政事业性收费", "三、收到和处理政府信息公开申请情况", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "一、本年新收政府信息公开申请数量",
				"二、上年结转政府信息公开申请数量", "（一）予以公开", "1．属于国家秘密", "（七）总计", "四、结转下年度继续办理", "四、政府信息公开行政复议、行政诉讼情况", "复议后起诉",
				"尚未审结");
		assertThat(page).as("制发 1 (2025), 废止 1, 现行有效 2; another government's and unnumbered ones not counted")
			.containsPattern(Pattern.compile("行政规范性文件</th>\\s*<td>1</td>\\s*<td>1</td>\\s*<td>2</td>"));
		assertThat(page).as("规章 are not told apart: blank, not a made-up 0")
			.containsPattern(Pattern.compile("规章</th>\\s*<td>—</td>"))
			.contains("本平台尚不区分规章和行政规范性文件");
		assertThat(page).as("依申请公开 counted from the unit's requests (none here), 复议/诉讼 blank with the reason")
			.containsPattern(Pattern.compile("（一）予以公开</th>\\s*<td>0</td>"))
			.doesNotContain("本网站尚未开通政府信息公开申请的网上受理和办理")
			.contains("政府信息公开行政复议、行政诉讼的情况本平台尚不登记");
		assertThat(page.indexOf("一、总体情况")).as("the format's order: 一, tables 二–四, then 五")
			.isLessThan(page.indexOf("二、主动公开政府信息情况"));
		assertThat(page.indexOf("四、政府信息公开行政复议、行政诉讼情况")).isLessThan(page.indexOf("五、存在的主要问题及改进情况"));
	}

	@Test
	void the_footer_shows_the_government_site_mark_and_the_error_report_link() {
		for (String path : List.of("/", "/en/", "/disclosure", "/services")) {
			assertThat(mvc.get().uri(path).exchange()).hasStatusOk()
				.bodyText()
				.contains("href=\"https://bszs.conac.cn/sitename?method=show&amp;id=6199000001\"",
						"/assets/img/conac-mark", "alt=\"党政机关网站标识",
						"href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?webSiteCode=6199000001\"");
		}
		assertThat(mvc.get().uri("/").exchange()).bodyText().contains(">我为政府网站找错</a>");
	}

	@Test
	void services_and_interaction_have_places_that_say_where_to_go_now() throws Exception {
		String home = mvc.get().uri("/").exchange().getResponse().getContentAsString();
		String nav = home.substring(home.indexOf("class=\"main-nav\""),
				home.indexOf("</nav>", home.indexOf("main-nav")));
		assertThat(nav).contains("href=\"/services\">政务服务</a>", "href=\"/interaction\">互动交流</a>");
		assertThat(home).contains("了解现在怎样办事", "了解现在怎样联系我们");
		String[] blocks = home.split("<section ");
		assertThat(blocks).as("no homepage block says 本栏目暂无信息 without a link to where the service is")
			.filteredOn((block) -> block.contains("本栏目暂无信息"))
			.allSatisfy((block) -> assertThat(block).containsPattern("<a href=\"/[a-z]"));
		assertThat(home.substring(home.indexOf("section-services"), home.indexOf("section-interaction")))
			.doesNotContain("本栏目暂无信息")
			.contains("href=\"/services\"");

		// 政务服务 is the permit module's catalogue of service guides now (issue 19).
		assertThat(mvc.get().uri("/services").exchange()).hasStatusOk()
			.bodyText()
			.contains("<h1>政务服务</h1>", "https://gjzwfw.www.gov.cn/")
			.doesNotContain("本栏目暂无信息");
		assertThat(mvc.get().uri("/interaction").exchange()).hasStatusOk()
			.bodyText()
			.contains("<h1>互动交流</h1>", "12345", "029-12345678", ">我为政府网站找错</a>")
			.doesNotContain("本栏目暂无信息");
		assertThat(mvc.get().uri("/en/services").exchange()).hasStatusOk()
			.bodyText()
			.contains("<h1>Services</h1>", "href=\"/en/services?kind=CITIZEN\"");
		assertThat(mvc.get().uri("/en/").exchange()).bodyText().contains("href=\"/en/interaction\">Have your say</a>");
	}

	@Test
	void the_disclosure_guide_names_only_what_exists() {
		assertThat(DemoContent.GUIDE).doesNotContain("“依申请公开”栏目")
			.contains("href=\"/disclosure\"", "信函或者当面", "暂未开通网上申请");
	}

	@Test
	void an_editor_names_another_governments_issuer_on_the_draft_form_and_it_survives_a_revision() throws Exception {
		var created = mvc.post()
			.uri("/workbench/articles")
			.param("channel", channel.id().toString())
			.param("title", "陕西省测试规划" + newsroom.tag())
			.param("body", "规划正文。")
			.param("unit", newsroom.unit().toString())
			.param("topic", "GENERAL_AFFAIRS")
			.param("kind", "DOCUMENT")
			.param("documentNumber", "陕测发〔2011〕5号")
			.param("writtenOn", "2011-08-01")
			.param("issuer", "  陕西省测试厅  ")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername(newsroom.writer())))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		long revision = Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}", revision)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername(newsroom.writer())))
			.exchange()).bodyText().contains("外单位发布机构", "value=\"陕西省测试厅\"");
		articles.submit(revision, newsroom.writer());
		long article = articles.publish(revision, newsroom.reviewer()).articleId();
		assertThat(disclosures.item(article).orElseThrow().issuerName(false)).isEqualTo("陕西省测试厅");

		var revised = articles.revise(article, newsroom.writer());
		articles.submit(revised.id(), newsroom.writer());
		articles.publish(revised.id(), newsroom.reviewer());
		assertThat(disclosures.item(article).orElseThrow().issuerName(false)).as("a new revision keeps it")
			.isEqualTo("陕西省测试厅");
	}

	private long publish(String title, String number, LocalDate writtenOn, String issuer, DisclosureKind kind) {
		var draft = articles.create(channel.id(),
				new Articles.Draft(
						title + newsroom.tag(), null, null, null, "<p>正文</p>", new DisclosureFields(newsroom.unit(),
								DisclosureTopic.GENERAL_AFFAIRS, kind, number, writtenOn, null, issuer),
						List.of(), List.of()),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		return articles.publish(draft.id(), newsroom.reviewer()).articleId();
	}

	private long publishReport(UUID unit) {
		var draft = articles.create(channel.id(),
				new Articles.Draft("秦川市真实测试局2025年政府信息公开工作年度报告" + newsroom.tag(), null, null, null,
						"<h2>一、总体情况</h2><p>总体情况。</p><h2>五、存在的主要问题及改进情况</h2><p>问题。</p>"
								+ "<h2>六、其他需要报告的事项</h2><p>无。</p>",
						new DisclosureFields(unit, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.ANNUAL_REPORT, null,
								LocalDate.of(2026, 1, 20), null),
						List.of(), List.of()),
				newsroom.writer());
		articles.submit(draft.id(), newsroom.writer());
		return articles.publish(draft.id(), newsroom.reviewer()).articleId();
	}

	/** 二○一一年一月二十六日, as the documents write their dates. */
	static String chineseDate(LocalDate day) {
		String digits = "○一二三四五六七八九";
		StringBuilder year = new StringBuilder();
		for (char c : Integer.toString(day.getYear()).toCharArray()) {
			year.append(digits.charAt(c - '0'));
		}
		return year + "年" + small(day.getMonthValue()) + "月" + small(day.getDayOfMonth()) + "日";
	}

	private static String small(int n) {
		String digits = "○一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
				+ (n % 10 == 0 ? "" : digits.charAt(n % 10));
	}

}
