package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.platform.DemoData;

/**
 * The demonstration portal: channels of the Chinese and English sites, the demo editors
 * (xiaoliu writes, zhaomin reviews) given them, and articles — a few news items and the
 * five planning documents the product comes from, each citing its origin — written and
 * published through the workflow, so their history reads as it would.
 */
@Component
@Order(40)
class DemoContent implements ApplicationRunner {

	record Seed(String file, String source) {
	}

	static final List<Seed> SEEDS = List.of(new Seed("000_0410dd3ab38616f0.txt", "宝鸡市人民政府办公室"),
			new Seed("001_fb5ff8b2af950fb7.txt", "西安市信息化办公室"), new Seed("002_de11d255173aa8eb.txt", "白银市人民政府"),
			new Seed("003_36576cb9347e0422.txt", "咸阳市人民政府办公室"), new Seed("004_1a9d044a709995e3.txt", "陕西省工业和信息化厅"));

	static final String WRITER = "xiaoliu";

	static final String REVIEWER = "zhaomin";

	private final ChannelService channels;

	private final Articles articles;

	private final AccountManagement accounts;

	private final Environment environment;

	DemoContent(ChannelService channels, Articles articles, AccountManagement accounts, Environment environment) {
		this.channels = channels;
		this.articles = articles;
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!DemoData.enabled(environment) || channels.find("zh", "news").isPresent() || accounts.find(WRITER).isEmpty()
				|| accounts.find(REVIEWER).isEmpty()) {
			return;
		}
		ChannelView news = channel("zh", "news", "政务要闻", ChannelKind.ARTICLES, 1, true);
		ChannelView notices = channel("zh", "notices", "通知公告", ChannelKind.ARTICLES, 2, true);
		ChannelView policies = channel("zh", "policies", "政策文件", ChannelKind.ARTICLES, 3, false);
		channel("zh", "interpretations", "政策解读", ChannelKind.ARTICLES, 4, false);
		ChannelView about = channel("zh", "about", "走进秦川", ChannelKind.PAGE, 5, false);
		ChannelView englishNews = channel("en", "news", "News", ChannelKind.ARTICLES, 1, true);
		ChannelView englishAbout = channel("en", "about", "About Qinchuan", ChannelKind.PAGE, 2, false);

		publish(about, "走进秦川", null, "秦川市人民政府办公室", """
				秦川市是本平台演示用的虚构城市，下辖 12 个区县，市政府设工作部门 48 个。

				本网站是秦川市人民政府门户网站的演示版本：信息公开、政务服务、互动交流等栏目陆续开通。""");
		publish(news, "秦川市召开数字政府建设推进会", null, "秦川市人民政府办公室", """
				11月20日，秦川市召开数字政府建设推进会，部署下一阶段政务服务“一网通办”、公文无纸化流转和电子证照应用等重点工作。

				会议要求，各部门要按照“谁发布、谁审核、谁负责”的原则做好政府网站信息发布，确保信息准确、及时。""");
		publish(news, "市数据局完成政务云平台等级保护测评", null, "秦川市数据局", """
				近日，秦川市政务云平台通过网络安全等级保护第三级测评，为各部门业务系统迁移上云提供了安全基础。""");
		publish(notices, "关于2027年元旦放假安排的通知", null, "秦川市人民政府办公室", """
				各区县人民政府，市政府各工作部门、各直属机构：

				根据国务院办公厅通知精神，现将2027年元旦放假安排通知如下：1月1日至3日放假调休，共3天。

				节假日期间，各部门要妥善安排好值班和安全保卫等工作。""");
		publish(notices, "关于开展政府网站信息内容检查的通知", null, "秦川市人民政府办公室", """
				各区县人民政府，市政府各工作部门：

				为提高政府网站信息发布质量，市政府办公室将于12月对各部门网站栏目更新、信息审核和链接可用情况开展检查。请各部门做好自查。""");
		for (Seed seed : SEEDS) {
			List<String> lines = read(seed.file()).lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
			StringBuilder body = new StringBuilder();
			lines.stream()
				.skip(1)
				.forEach((line) -> body.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>"));
			body.append("<p>（演示内容：本文为")
				.append(HtmlUtils.htmlEscape(seed.source()))
				.append("公开发布的规划文件，供演示秦川市门户网站使用。）</p>");
			publish(policies, lines.get(0), null, seed.source(), body.toString());
		}
		publish(englishAbout, "About Qinchuan", null, "Qinchuan Municipal Government", """
				Qinchuan is the fictional city of this demonstration: 12 districts and counties, 48 departments.

				This is the English site of its government portal.""");
		publish(englishNews, "Qinchuan holds a meeting on digital government", null, "General Office", """
				On 20 November Qinchuan held a meeting on digital government: one-stop online services, paperless \
				document exchange and electronic licences come next.""");
		publish(englishNews, "Government cloud passes its security assessment", null, "Data Bureau", """
				The city's government cloud passed a level-3 cybersecurity assessment, so departments can move their \
				systems onto it.""");
	}

	private ChannelView channel(String site, String slug, String name, ChannelKind kind, int order, boolean homepage) {
		ChannelView channel = channels.create(site, null, slug, name, kind, null, order, true, homepage,
				AccountManagement.SYSTEM);
		channels.grant(channel.id(), WRITER, "DRAFT", AccountManagement.SYSTEM);
		channels.grant(channel.id(), REVIEWER, "REVIEW", AccountManagement.SYSTEM);
		return channel;
	}

	private void publish(ChannelView channel, String title, @org.jspecify.annotations.Nullable String subtitle,
			String source, String body) {
		UUID id = channel.id();
		var draft = articles.create(id, new Articles.Draft(title, subtitle, source, null, body), WRITER);
		articles.submit(draft.id(), WRITER);
		articles.publish(draft.id(), REVIEWER);
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
