package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.DisclosureKind;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.content.Validity;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.platform.DemoData;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The demonstration portal: channels of the Chinese and English sites, the demo editors
 * (xiaoliu writes, zhaomin reviews) given them, and articles — a few news items and the
 * five planning documents the product comes from, each citing its origin — written and
 * published through the workflow, so their history reads as it would; and three that
 * xiaoliu has sent and zhaomin has still to review (her 待办 on the workbench home).
 */
@Component
@Order(40)
@RunningPlatformOnly
class DemoContent implements ApplicationRunner {

	/**
	 * A planning document the product comes from, as the document itself says: who issued
	 * it, its 发文字号 and 成文日期 where it has them ({@code null} where it names none), and
	 * when its planning period ended, from which day it no longer applies (失效).
	 *
	 * @param source 来源 on the article
	 * @param issuer 发布机构: another government's body, not a unit of this city
	 */
	record Seed(String file, String source, String issuer, @Nullable String number, @Nullable LocalDate writtenOn,
			String period, LocalDate expiredOn) {

		/** Why it is 失效, as the catalogue and the article say. */
		String expiryNote() {
			return "规划期（" + period + "）已结束";
		}

	}

	/**
	 * Read from the documents (demo/seeds/, the same as /work/shared/seeds): 宝鸡's notice
	 * is dated 二○○九年五月二十七日 and has no number in the text; 西安's work points name their
	 * office and year, no number or date; 白银's plan names neither issuer nor number nor
	 * date (the city government's plan, 2011–2015); 咸阳's notice is 咸政办发〔2011〕11号 of
	 * 二○一一年一月二十六日; the province's is a joint notice of the 工业和信息化厅 and the 发展和改革委员会,
	 * 陕工信发【2011】311号 of 二〇一一年八月一日, written here with the hexagonal brackets GB/T 9704
	 * asks for.
	 */
	static final List<Seed> SEEDS = List.of(
			new Seed("000_0410dd3ab38616f0.txt", "宝鸡市人民政府办公室", "宝鸡市人民政府办公室", null, LocalDate.of(2009, 5, 27),
					"2009—2012年", LocalDate.of(2013, 1, 1)),
			new Seed("001_fb5ff8b2af950fb7.txt", "西安市信息化办公室", "西安市信息化办公室", null, null, "2006年",
					LocalDate.of(2007, 1, 1)),
			new Seed("002_de11d255173aa8eb.txt", "白银市人民政府", "白银市人民政府", null, null, "2011—2015年",
					LocalDate.of(2016, 1, 1)),
			new Seed("003_36576cb9347e0422.txt", "咸阳市人民政府办公室", "咸阳市人民政府办公室", "咸政办发〔2011〕11号", LocalDate.of(2011, 1, 26),
					"2011—2015年", LocalDate.of(2016, 1, 1)),
			new Seed("004_1a9d044a709995e3.txt", "陕西省工业和信息化厅", "陕西省工业和信息化厅、陕西省发展和改革委员会", "陕工信发〔2011〕311号",
					LocalDate.of(2011, 8, 1), "2011—2015年", LocalDate.of(2016, 1, 1)));

	/**
	 * The 公开指南 of the demo units names only what exists: the catalogue, and requests by
	 * letter or in person until the online door opens (there is no "依申请公开" column yet).
	 */
	static final String GUIDE = """
			<p>一、主动公开：本机关主动公开的政府信息，在秦川市人民政府门户网站“信息公开”栏目的\
			<a href="/disclosure">政府信息公开目录</a>中发布，自信息形成或者变更之日起 20 个工作日内公开。</p>\
			<p>二、依申请公开：公民、法人或者其他组织可以通过信函或者当面向本机关提出申请（本网站暂未开通网上申请）；\
			本机关自收到申请之日起 20 个工作日内答复，需要延长答复期限的，经本机关负责人同意并告知申请人，\
			延长期限最长不超过 20 个工作日。</p>\
			<p>（演示内容。）</p>""";

	/** The unit of this city that holds the seed plans in its catalogue (their 索引号). */
	static final String SEED_HOLDER = "秦川市人民政府办公室";

	static final String WRITER = "xiaoliu";

	static final String REVIEWER = "zhaomin";

	static final String PROACTIVE_WRITER = "yangli";

	/** The titles of the demo articles that wait for review. */
	static final List<String> WAITING = List.of("秦川市政务服务“一网通办”专区正式启用", "关于做好岁末年初安全生产工作的通知",
			"关于政务云平台例行维护期间暂停部分网上办事服务的公告");

	private final ChannelService channels;

	private final Articles articles;

	private final AccountManagement accounts;

	private final Environment environment;

	private final UnitManagement units;

	private final DisclosureService disclosures;

	private final Clock clock;

	/**
	 * The demo units by full name, read once when the first disclosure item needs them.
	 */
	private final Map<String, UUID> unitIds = new HashMap<>();

	DemoContent(ChannelService channels, Articles articles, AccountManagement accounts, Environment environment,
			UnitManagement units, DisclosureService disclosures, Clock clock) {
		this.channels = channels;
		this.articles = articles;
		this.accounts = accounts;
		this.environment = environment;
		this.units = units;
		this.disclosures = disclosures;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || accounts.find(WRITER).isEmpty() || accounts.find(REVIEWER).isEmpty()) {
			return;
		}
		if (channels.find("zh", "news").isPresent()) {
			waitingForReviewInAnOlderDemo();
			return;
		}
		ChannelView news = channel("zh", "news", "政务要闻", ChannelKind.ARTICLES, 1, true);
		ChannelView notices = channel("zh", "notices", "通知公告", ChannelKind.ARTICLES, 2, true);
		ChannelView policies = channel("zh", "policies", "政策文件", ChannelKind.DISCLOSURE, 3, false);
		// The education bureau's 信息公开专员 drafts proactive disclosure (依申请转主动) here.
		if (accounts.find(PROACTIVE_WRITER).isPresent()) {
			channels.grant(policies.id(), PROACTIVE_WRITER, "DRAFT", AccountManagement.SYSTEM);
		}
		ChannelView interpretations = channel("zh", "interpretations", "政策解读", ChannelKind.DISCLOSURE, 4, false);
		ChannelView guides = channel("zh", "disclosure-guides", "公开指南和年度报告", ChannelKind.DISCLOSURE, 6, false);
		ChannelView about = channel("zh", "about", "走进秦川", ChannelKind.PAGE, 5, false);
		ChannelView reference = channel("zh", "reference", "参考文件", ChannelKind.DISCLOSURE, 7, false, false);
		ChannelView englishNews = channel("en", "news", "News", ChannelKind.ARTICLES, 1, true);
		ChannelView englishAbout = channel("en", "about", "About Qinchuan", ChannelKind.PAGE, 2, false);
		ChannelView englishPolicies = channel("en", "policies", "Policies", ChannelKind.DISCLOSURE, 3, false);

		publish(about, "走进秦川", null, "秦川市人民政府办公室", """
				秦川市是本平台演示用的虚构城市，下辖 12 个区县，市政府设工作部门 48 个。

				本网站是秦川市人民政府门户网站的演示版本：信息公开、政务服务、互动交流等栏目陆续开通。""");
		publish(news, "秦川市召开数字政府建设推进会", null, "秦川市人民政府办公室", """
				11月20日，秦川市召开数字政府建设推进会，部署下一阶段政务服务“一网通办”、公文无纸化流转和电子证照应用等重点工作。

				会议要求，各部门要按照“谁发布、谁审核、谁负责”的原则做好政府网站信息发布，确保信息准确、及时。""", null, List.of("数字政府", "一网通办"));
		publish(news, "市数据局完成政务云平台等级保护测评", null, "秦川市数据局", """
				近日，秦川市政务云平台通过网络安全等级保护第三级测评，为各部门业务系统迁移上云提供了安全基础。""");
		publish(notices, "关于2027年元旦放假安排的通知", null, "秦川市人民政府办公室", """
				各区县人民政府，市政府各工作部门、各直属机构：

				根据国务院办公厅通知精神，现将2027年元旦放假安排通知如下：1月1日至3日放假调休，共3天。

				节假日期间，各部门要妥善安排好值班和安全保卫等工作。""");
		publish(notices, "关于开展政府网站信息内容检查的通知", null, "秦川市人民政府办公室", """
				各区县人民政府，市政府各工作部门：

				为提高政府网站信息发布质量，市政府办公室将于12月对各部门网站栏目更新、信息审核和链接可用情况开展检查。请各部门做好自查。""");
		seedPlans(reference, WRITER, REVIEWER,
				elements(SEED_HOLDER, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT, null, null, null)
					.unit());
		disclosureDemo(policies, interpretations, guides);
		publish(englishAbout, "About Qinchuan", null, "Qinchuan Municipal Government", """
				Qinchuan is the fictional city of this demonstration: 12 districts and counties, 48 departments.

				This is the English site of its government portal.""");
		publish(englishNews, "Qinchuan holds a meeting on digital government", null, "General Office", """
				On 20 November Qinchuan held a meeting on digital government: one-stop online services, paperless \
				document exchange and electronic licences come next.""");
		publish(englishNews, "Government cloud passes its security assessment", null, "Data Bureau", """
				The city's government cloud passed a level-3 cybersecurity assessment, so departments can move their \
				systems onto it.""");
		publish(englishPolicies, "Three-Year Action Plan for Digital Government (summary in English)", null,
				"General Office", """
						An English summary of the city's three-year plan for digital government: paperless document \
						exchange with electronic seals for every municipal department by the end of the year, every \
						administrative licence available online, and its time limits watched as it is handled.

						(Demonstration content. The Chinese text is the one in force.)""",
				elements("秦川市人民政府办公室", DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT, null,
						LocalDate.now(clock).minusDays(20), null));
		waitingForReview(news, notices);
	}

	/**
	 * The five planning documents the product comes from, in a channel of reference
	 * documents: each under its own issuer (not a unit of this city), with its own number
	 * and date where it has them, and 失效 since its planning period ended. Returns their
	 * article ids in the order of {@link #SEEDS}.
	 */
	List<Long> seedPlans(ChannelView reference, String writer, String reviewer, UUID holder) {
		List<Long> published = new java.util.ArrayList<>();
		for (Seed seed : SEEDS) {
			List<String> lines = read(seed.file()).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			StringBuilder body = new StringBuilder();
			lines.stream()
				.skip(1)
				.forEach((line) -> body.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
			body.append("<p>（演示内容：本文为")
				.append(HtmlUtils.htmlEscape(seed.issuer()))
				.append("公开发布的规划文件，规划期已结束，转载于此供参考，不是秦川市的现行政策。）</p>");
			var draft = articles.create(reference.id(),
					new Articles.Draft(lines.get(0), null, seed.source(), null, body.toString(),
							new DisclosureFields(holder, DisclosureTopic.INDUSTRY_TRANSPORT, DisclosureKind.DOCUMENT,
									seed.number(), seed.writtenOn(), null, seed.issuer()),
							List.of(), List.of()),
					writer);
			articles.submit(draft.id(), writer);
			long article = articles.publish(draft.id(), reviewer).articleId();
			disclosures.changeValidity(article, Validity.INVALID, seed.expiredOn(), seed.expiryNote(), reviewer);
			published.add(article);
		}
		return published;
	}

	/**
	 * Articles xiaoliu has sent and zhaomin has not reviewed yet: each a case on the
	 * case-work core with a 抢办 task for the channel's reviewers and its deadline, so the
	 * reviewer's workbench home (待办) is not empty.
	 */
	private void waitingForReview(ChannelView news, ChannelView notices) {
		submit(news, WAITING.get(0), "秦川市人民政府办公室", """
				12月1日，秦川市政务服务中心“一网通办”专区正式启用，企业开办、不动产登记等 126 个事项可在专区一次办结。

				（演示内容：本文已送审，等待审核。）""");
		submit(notices, WAITING.get(1), "秦川市人民政府办公室", """
				各区县人民政府，市政府各工作部门：

				为做好岁末年初安全生产工作，请各部门于12月20日前完成本系统安全隐患排查，并报送排查情况。

				（演示内容：本文已送审，等待审核。）""");
		submit(notices, WAITING.get(2), "秦川市数据局", """
				因政务云平台例行维护，12月13日（星期六）0时至6时，部分网上办事系统暂停服务，请提前安排办理。

				（演示内容：本文已送审，等待审核。）""");
	}

	/**
	 * A demo seeded before review ran on the case-work core has no article waiting: sends
	 * the waiting ones once, while the writer has nothing in hand and the reviewer
	 * nothing to review, and none of them was sent before.
	 */
	private void waitingForReviewInAnOlderDemo() {
		if (!articles.toReview(REVIEWER).isEmpty() || !articles.mine(WRITER).isEmpty()
				|| articles.recentlyPublished(REVIEWER, 200)
					.stream()
					.anyMatch((item) -> WAITING.contains(item.title()))) {
			return;
		}
		channels.find("zh", "news")
			.flatMap((news) -> channels.find("zh", "notices").map((notices) -> List.of(news, notices)))
			.ifPresent((found) -> waitingForReview(found.get(0), found.get(1)));
	}

	private void submit(ChannelView channel, String title, String source, String body) {
		var draft = articles.create(channel.id(),
				new Articles.Draft(title, null, source, null, body, null, List.of(), List.of()), WRITER);
		articles.submit(draft.id(), WRITER);
	}

	/**
	 * The city's own disclosure items: a policy and its interpretation (linked both
	 * ways), an older rule repealed by a newer one that links to it (both pages say so),
	 * and the general office's and the education bureau's 公开指南 and 年度报告.
	 */
	private void disclosureDemo(ChannelView policies, ChannelView interpretations, ChannelView guides) {
		LocalDate today = LocalDate.now(clock);
		int year = today.getYear();
		String office = "秦川市人民政府办公室";
		long old = publish(policies, "秦川市政府网站管理暂行办法", null, office, """
				第一条 为规范本市政府网站建设和管理，根据国家有关规定，制定本办法。

				第二条 本办法适用于本市各级行政机关开办的政府网站。

				（演示内容。）""", elements(office, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT, "秦政办发〔2019〕3号",
				LocalDate.of(2019, 3, 1), null));
		long plan = publish(policies, "秦川市数字政府建设三年行动方案（" + year + "—" + (year + 2) + "年）", null, office, """
				各区县人民政府，市政府各工作部门、各直属机构：

				为加快数字政府建设，提升政务服务“一网通办”、政务运行“一网协同”水平，制定本方案。

				一、推进公文无纸化流转和电子印章应用，年底前市级部门全部接入公文传输系统。

				二、行政许可事项全部网上可办，办理时限由电子监察系统实时监督。

				（演示内容。）""", elements(office, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT,
				"秦政办发〔" + year + "〕12号", today.minusDays(20), null), List.of("数字政府"));
		publish(interpretations, "图解：秦川市数字政府建设三年行动方案", null, office, """
				这份方案要做三件事：公文不再用纸，许可事项网上办，办理时限全程看得见。

				（演示内容。）""",
				elements(office, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.INTERPRETATION, null, null, plan));
		publish(policies, "秦川市政府网站管理办法", null, office,
				"<p>第一条 为规范本市政府网站建设和管理，制定本办法。</p>" + "<p>第二十条 本办法自发布之日起施行。<a href=\"/articles/" + old
						+ "\">秦川市政府网站管理暂行办法</a>同时废止。</p>" + "<p>（演示内容。）</p>",
				elements(office, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.DOCUMENT, "秦政办发〔" + year + "〕15号",
						today.minusDays(10), null));
		disclosures.changeValidity(old, Validity.REPEALED, today.minusDays(10), "被秦政办发〔" + year + "〕15号废止", REVIEWER);
		// Reports are written by 31 January (条例 art. 49); not after today in early
		// January.
		LocalDate reportDay = LocalDate.of(year, 1, 20).isAfter(today) ? today : LocalDate.of(year, 1, 20);
		for (String unit : List.of(office, "秦川市教育局")) {
			// The guide names only what exists: the catalogue; requests by letter or in
			// person
			// until the online door opens (no "依申请公开" column yet).
			publish(guides, unit + "政府信息公开指南", null, unit, GUIDE,
					elements(unit, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.GUIDE, null, null, null));
			// Sections 一、五、六 are text; the tables of 二、三、四 come from the platform's data,
			// between 一 and 五, when the page is shown (AnnualReports).
			publish(guides, unit + (year - 1) + "年政府信息公开工作年度报告", null, unit, """
					<h2>一、总体情况</h2>\
					<p>本报告依照《中华人民共和国政府信息公开条例》第五十条编制。本机关通过秦川市人民政府门户网站\
					“信息公开”栏目主动公开政府信息；第二、三、四部分的表格由平台数据生成。</p>\
					<h2>五、存在的主要问题及改进情况</h2>\
					<p>政府信息公开申请尚不能在网上提出和办理，下一步将开通网上受理。</p>\
					<h2>六、其他需要报告的事项</h2>\
					<p>无。</p>\
					<p>（演示内容。）</p>""", elements(unit, DisclosureTopic.GENERAL_AFFAIRS, DisclosureKind.ANNUAL_REPORT,
					null, reportDay, null));
		}
	}

	private DisclosureFields elements(String unitName, DisclosureTopic topic, DisclosureKind kind,
			@Nullable String number, @Nullable LocalDate writtenOn, @Nullable Long interprets) {
		return elements(unitName, topic, kind, number, writtenOn, interprets, null);
	}

	private DisclosureFields elements(String unitName, DisclosureTopic topic, DisclosureKind kind,
			@Nullable String number, @Nullable LocalDate writtenOn, @Nullable Long interprets,
			@Nullable String issuer) {
		if (unitIds.isEmpty()) {
			units.tree(LocalDate.now(clock)).forEach((unit) -> unitIds.put(unit.names().fullName(), unit.id()));
		}
		UUID unit = unitIds.get(unitName);
		if (unit == null) {
			throw new IllegalStateException("No demo unit " + unitName);
		}
		return new DisclosureFields(unit, topic, kind, number, writtenOn, interprets, issuer);
	}

	private ChannelView channel(String site, String slug, String name, ChannelKind kind, int order, boolean homepage) {
		return channel(site, slug, name, kind, order, true, homepage);
	}

	private ChannelView channel(String site, String slug, String name, ChannelKind kind, int order, boolean navigation,
			boolean homepage) {
		ChannelView channel = channels.create(site, null, slug, name, kind, null, order, navigation, homepage,
				AccountManagement.SYSTEM);
		channels.grant(channel.id(), WRITER, "DRAFT", AccountManagement.SYSTEM);
		channels.grant(channel.id(), REVIEWER, "REVIEW", AccountManagement.SYSTEM);
		return channel;
	}

	private long publish(ChannelView channel, String title, @Nullable String subtitle, String source, String body) {
		return publish(channel, title, subtitle, source, body, null);
	}

	private long publish(ChannelView channel, String title, @Nullable String subtitle, String source, String body,
			@Nullable DisclosureFields elements) {
		return publish(channel, title, subtitle, source, body, elements, List.of());
	}

	private long publish(ChannelView channel, String title, @Nullable String subtitle, String source, String body,
			@Nullable DisclosureFields elements, List<String> tags) {
		UUID id = channel.id();
		var draft = articles.create(id,
				new Articles.Draft(title, subtitle, source, null, body, elements, tags, List.of()), WRITER);
		articles.submit(draft.id(), WRITER);
		return articles.publish(draft.id(), REVIEWER).articleId();
	}

	private static String read(String file) {
		try (InputStream in = new ClassPathResource("demo/seeds/" + file).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
