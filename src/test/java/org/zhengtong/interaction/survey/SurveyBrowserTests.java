package org.zhengtong.interaction.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen answers a survey with every kind of question in a real browser, and the pages
 * of surveys — the form, the results with charts and tables in Chinese and English, and
 * the editor's desk — have no accessibility problem axe-core finds.
 */
@IntegrationTest
@Tag("browser")
class SurveyBrowserTests extends BrowserTestSupport {

	@Autowired
	SurveyService service;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_citizen_answers_and_the_survey_pages_are_accessible() {
		UUID unit = TestStaff.unit(units, "调查测试办", "Survey test office");
		String editor = TestStaff.withRole(platformAccounts, unit, "sb", "编辑丙", InteractionRoles.INTERACTION_EDITOR);
		Instant now = Instant.now();
		Survey survey = service.create(SurveyKind.CONSULTATION, new SurveyService.Description("浏览器测试征求意见", "请提出意见。",
				"第一条　草案全文。", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(5))), editor);
		UUID id = survey.id();
		service.addQuestion(id,
				new SurveyService.NewQuestion(QuestionKind.SINGLE, "您是否赞成？", true, List.of("赞成", "不赞成"), 1, 5), editor);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.MULTIPLE, "您关心哪些方面？", false,
				List.of("收费", "站点", "维修"), 1, 5), editor);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.SCALE, "总体评价", true, List.of(), 1, 5),
				editor);
		service.addQuestion(id, new SurveyService.NewQuestion(QuestionKind.TEXT, "具体意见", false, List.of(), 1, 5),
				editor);
		service.publish(id, editor);

		open("/interaction/surveys/" + id);
		assertThat(seriousProblems()).as("the form for visitors without an account").isEmpty();

		signIn(citizen(), "Qinchuan@2026");
		open("/interaction/surveys/" + id);
		browser.findElement(By.cssSelector("label[for='q1-0']")).click();
		browser.findElement(By.cssSelector("label[for='q2-2']")).click();
		browser.findElement(By.cssSelector("label[for='q3-p4']")).click();
		browser.findElement(By.id("q4-text")).sendKeys("建议增加还车站点。");
		submitAndWait(By.cssSelector("form.form button.button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("提交成功");
		assertThat(seriousProblems()).isEmpty();

		service.close(id, editor);
		service.publishResults(id, "采纳了关于站点的意见。", editor);
		open("/interaction/surveys/" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("采纳了关于站点的意见。").contains("共 1 人参与");
		assertThat(seriousProblems()).as("results").isEmpty();
		open("/en/interaction/surveys/" + id);
		assertThat(seriousProblems()).as("results in English").isEmpty();
		open("/interaction/surveys");
		assertThat(seriousProblems()).as("the list").isEmpty();

		signIn(editor, "Qinchuan@2026");
		open("/workbench/surveys");
		assertThat(seriousProblems()).as("the desk's list").isEmpty();
		open("/workbench/surveys/" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("建议增加还车站点。").contains("待审核");
		assertThat(seriousProblems()).as("the desk's survey page").isEmpty();
		open("/workbench/surveys/new?kind=CONSULTATION");
		assertThat(seriousProblems()).as("the new consultation form").isEmpty();
	}

	private String citizen() {
		String username = "sb" + UUID.randomUUID().toString().substring(0, 8);
		String first17 = "6101131991" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		String mobile = "134" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		publicAccounts.registerCitizen(new CitizenRegistration(username, "周参与",
				ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)), mobile, null,
				"Qinchuan@2026"));
		return username;
	}

}
