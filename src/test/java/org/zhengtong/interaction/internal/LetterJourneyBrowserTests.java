package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * A letter's whole life through the real screens (issue 18, "Must show"): an anonymous
 * writer sends a complaint with a photo, a phone number in the text and consent to
 * publish, answering the captcha's question as a screen-reader user would; the office 受理s
 * it and routes it to the unit the 派单目录 proposes (A); A's handler objects with a reason;
 * the office, no longer offered A, routes it to B; B's handler drafts, B's leader returns
 * the draft once with an opinion, the handler revises, the leader approves and it is
 * sent; the writer follows it by number and 查询码, reads the reply and rates it 不满意; B's
 * leaders find the rectification in their 待办 and under 差评整改; the letter is on the public
 * reply board with the phone number masked, and site search finds it. axe-core finds
 * nothing on the pages on the way that other browser tests do not visit.
 */
@IntegrationTest
class LetterJourneyBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	Letters letters;

	@Autowired
	LetterRatings ratings;

	@Autowired
	DispatchCatalogue catalogue;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Search search;

	@Autowired
	Clock clock;

	@Test
	void an_anonymous_complaint_is_objected_to_rerouted_returned_once_answered_rated_poorly_published_and_found()
			throws Exception {
		String tag = "测" + Integer.toString((int) (Math.random() * 1_000_000), 36);
		String title = "关于" + tag + "村灌溉水渠堵塞的问题";
		UUID office = TestStaff.unit(units, "信访局", "Letters Bureau");
		UUID unitA = TestStaff.unit(units, "水务局", "Water Bureau");
		UUID unitB = TestStaff.unit(units, "农业农村局", "Agriculture Bureau");
		String acceptor = TestStaff.withRole(accounts, office, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String handlerA = TestStaff.withRole(accounts, unitA, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		String handlerB = TestStaff.withRole(accounts, unitB, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		String leaderB = TestStaff.withRole(accounts, unitB, "lead", "答复审核人", InteractionRoles.INTERACTION_LEADER);
		// A district of this test's own, so the rule (农业农村, district) → A is the only one
		// fitting that closely, whatever rules other tests or the demo add.
		UUID district = units
			.create(null, UnitKind.DISTRICT, new UnitNames("秦川市" + tag + "区", tag + "区", "District " + tag, null), null,
					0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		catalogue.add("AGRICULTURE", district.toString(), unitA, acceptor);
		String nameA = unitName(unitA);
		String nameB = unitName(unitB);
		Path photo = photo();

		// The writer, anonymous, on the 投诉 form.
		browser.manage().deleteAllCookies();
		viewport(1280, 1000);
		open("/interaction/letters/new?door=COMPLAINT");
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("body")).sendKeys("村东头的灌溉水渠堵塞一个月了，麦田浇不上水。我的电话13812345678，请尽快派人疏通。");
		new Select(browser.findElement(By.id("topic"))).selectByVisibleText("农业农村");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("秦川市" + tag + "区");
		browser.findElement(By.id("attachments")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("input[type=checkbox][name=consent]")).click();
		answerCaptcha();
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		String number = browser.findElement(By.cssSelector(".alert-success")).getText().replaceAll("[^0-9-]", "");
		String code = browser.findElement(By.cssSelector(".query-code strong")).getText();
		assertThat(text()).contains("来信已提交", "请记下您的查询码");
		assertThat(number).matches("\\d{4}-\\d{6}");
		UUID id = letters.findByNumber(number).orElseThrow().id();
		String letterPage = "/workbench/letters/" + id;

		// The office: 受理, then 派单 to the unit the catalogue proposes.
		signIn(acceptor, PASSWORD);
		open(letterPage);
		assertThat(text()).contains(title, "待受理", "投诉", "灌溉水渠.png", "13812345678");
		submitAndWait(By.xpath("//button[normalize-space()='受理']"));
		assertThat(text()).contains("已受理，请派单。", "已受理", "派单目录建议：" + nameA);
		assertThat(selectedUnit()).isEqualTo(nameA);
		submitAndWait(By.xpath("//button[normalize-space()='派单']"));
		assertThat(text()).contains("已派给" + nameA + "。", "已派单");

		// A's handler: not ours, with the reason.
		signIn(handlerA, PASSWORD);
		open(letterPage);
		assertThat(text()).contains(title, "已派单", nameA, "派单异议");
		browser.findElement(By.id("objection-reason")).sendKeys("灌溉水渠由农业农村部门管理，不属于本局职责");
		submitAndWait(By.xpath("//button[normalize-space()='提出异议']"));
		assertThat(text()).contains("已提出异议，来信退回受理办重新派单。");

		// The office again: the objection is on record, A is no longer proposed; to B.
		signIn(acceptor, PASSWORD);
		open(letterPage);
		assertThat(text()).contains("已受理", "派单记录", nameA, "提出异议", "不属于本局职责").doesNotContain("派单目录建议：" + nameA);
		assertThat(selectedUnit()).isNotEqualTo(nameA);
		assertThat(seriousProblems()).as("the letter back with the office, with its routings").isEmpty();
		keepScreenshot("1-rerouting");
		new Select(browser.findElement(By.id("assign-unit"))).selectByVisibleText(nameB);
		submitAndWait(By.xpath("//button[normalize-space()='派单']"));
		assertThat(text()).contains("已派给" + nameB + "。", "已派单");

		// B's handler takes it and drafts.
		signIn(handlerB, PASSWORD);
		open(letterPage);
		submitAndWait(By.xpath("//button[normalize-space()='办理']"));
		assertThat(text()).contains("已办理，请起草答复。", "办理中");
		assertThat(seriousProblems()).as("the handler's reply form").isEmpty();
		browser.findElement(By.id("reply-text")).sendKeys("您好，我局已安排人员查看水渠。");
		submitAndWait(By.xpath("//button[normalize-space()='送审核人']"));
		assertThat(text()).contains("答复已送本单位审核人审核。", "答复待审");

		// B's leader returns it once, with an opinion.
		signIn(leaderB, PASSWORD);
		open(letterPage);
		assertThat(text()).contains("待审核的答复", "您好，我局已安排人员查看水渠。");
		assertThat(seriousProblems()).as("the leader's review").isEmpty();
		browser.findElement(By.id("reply-opinion")).sendKeys("请写明疏通完成的时间");
		submitAndWait(By.xpath("//button[normalize-space()='退回修改']"));
		assertThat(text()).contains("答复已退回承办人修改。", "办理中");

		// The handler reads the opinion and revises.
		signIn(handlerB, PASSWORD);
		open(letterPage);
		assertThat(text()).contains("审核人退回意见：", "请写明疏通完成的时间");
		WebElement reply = browser.findElement(By.id("reply-text"));
		reply.clear();
		reply.sendKeys("您好，水渠已于本周疏通完毕，麦田可以正常灌溉。");
		submitAndWait(By.xpath("//button[normalize-space()='送审核人']"));
		assertThat(text()).contains("答复待审");

		// The leader approves: the reply is sent.
		signIn(leaderB, PASSWORD);
		open(letterPage);
		assertThat(text()).contains("水渠已于本周疏通完毕");
		submitAndWait(By.xpath("//button[normalize-space()='同意并答复']"));
		assertThat(text()).contains("答复已审核通过并发送给来信人。", "已答复");

		// The writer follows it by number and 查询码 and rates the reply 不满意 (the
		// invitation to rate comes from the reply's event, after its transaction).
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ratings.status(letters.findById(id).orElseThrow()).mayRate());
		browser.manage().deleteAllCookies();
		open("/interaction/letters/follow");
		browser.findElement(By.id("number")).sendKeys(number);
		browser.findElement(By.id("code")).sendKeys(code);
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(text()).contains(title, "已答复", nameB, "水渠已于本周疏通完毕", "您对这份答复满意吗？").doesNotContain("我局已安排人员查看水渠");
		assertThat(seriousProblems()).as("the answered letter with its rating form").isEmpty();
		keepScreenshot("2-followed");
		browser.findElement(By.cssSelector("label[for=rating-DISSATISFIED]")).click();
		browser.findElement(By.id("rating-comment")).sendKeys("麦田已经减产，答复太晚。");
		browser.findElement(By.id("rating-code")).sendKeys(code);
		submitAndWait(By.xpath("//button[normalize-space()='提交评价']"));
		assertThat(text()).contains("评价与重办", "感谢您的评价。");

		// On the public board, the phone number masked; and found by site search.
		open("/interaction/board/" + number);
		assertThat(text()).contains(title, "138****5678", "水渠已于本周疏通完毕", nameB).doesNotContain("13812345678");
		assertThat(seriousProblems()).as("the board entry").isEmpty();
		keepScreenshot("3-board");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> search.search(new SearchQuery(tag + "村灌溉", "zh", null, null, null, null, 0, 10))
				.hits()
				.stream()
				.anyMatch((hit) -> hit.path().equals("/interaction/board/" + number)));
		open("/search?q=" + tag + "村灌溉");
		assertThat(text()).contains(title).doesNotContain("13812345678");
		assertThat(browser.findElement(By.partialLinkText(title)).getAttribute("href"))
			.endsWith("/interaction/board/" + number);

		// B's leader finds the rectification in the 待办 and under 差评整改.
		signIn(leaderB, PASSWORD);
		open("/workbench");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("差评整改", number, title);
		open("/workbench/rectifications");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "不满意", "待回访", nameB);
		keepScreenshot("4-rectification");
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	private String selectedUnit() {
		return new Select(browser.findElement(By.id("assign-unit"))).getFirstSelectedOption().getText();
	}

	private String unitName(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).orElseThrow().names().fullName();
	}

	/** A small PNG the files module recognises as an image by its content. */
	private static Path photo() throws Exception {
		Path folder = Files.createTempDirectory("letter-journey");
		Path file = folder.resolve("灌溉水渠.png");
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0x2a7a3b);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

}
