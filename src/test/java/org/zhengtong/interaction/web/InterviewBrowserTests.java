package org.zhengtong.interaction.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.internal.Interview;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.InterviewDesk;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.InterviewLine;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A live interview in a real browser: the editor's desk and the public page pass
 * axe-core; a line the editor publishes appears on the open public page without a reload
 * (the page's script asks for new lines), inside the polite live region; a visitor's
 * question is taken by the form.
 */
@IntegrationTest
class InterviewBrowserTests extends BrowserTestSupport {

	@Autowired
	InterviewDesk desk;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Clock clock;

	@Autowired
	Captchas captchas;

	@Test
	void a_published_line_reaches_the_open_public_page_without_a_reload() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "直播局", "Live Bureau");
		String editor = TestStaff.withRole(accounts, unit, "ivbrowse", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		Interview interview = desk.announce(new Interview.Details("直播访谈" + tag, null, "直播局负责人介绍工作。", null,
				clock.instant().plus(Duration.ofHours(1)), null, null, List.of(new Interview.Guest(unit, "周直播", "局长"))),
				null, editor);
		UUID id = interview.id();
		Captchas.Challenge captcha = captchas.issue();
		desk.ask(id, new InterviewDesk.Asker(null, null, "孙网友", "127.0.0.1",
				new SubmissionGuard.CaptchaAnswer(captcha.token(), String.valueOf(captcha.first() + captcha.second()))),
				"直播局什么时候开放办事大厅？");
		desk.start(id, editor);
		InterviewLine first = desk.write(id, "主持人", "欢迎收看" + tag, null, editor);
		desk.publish(id, first.id(), first.speaker(), first.text(), editor);

		signIn(editor, "Qinchuan@2026");
		open("/workbench/interviews/" + id);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("待审核的提问（1）", "直播局什么时候开放办事大厅？");
		assertThat(seriousProblems()).as("the editor's desk").isEmpty();

		browser.manage().deleteAllCookies();
		open("/interaction/interviews/" + id);
		assertThat(browser.findElement(By.id("transcript-lines")).getText()).contains("欢迎收看" + tag);
		assertThat(seriousProblems()).as("the live interview's page").isEmpty();
		script("window.stillTheSamePage = true;");

		InterviewLine second = desk.write(id, "周直播", "第二句" + tag, null, editor);
		desk.publish(id, second.id(), second.speaker(), second.text(), editor);
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> driver.findElement(By.id("transcript-lines")).getText().contains("第二句" + tag));
		assertThat(script("return window.stillTheSamePage === true;")).as("no reload").isEqualTo(true);
		assertThat(browser.findElement(By.id("transcript-lines")).getAttribute("aria-live")).isEqualTo("polite");
		keepScreenshot("live");

		browser.findElement(By.linkText("我要提问")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> driver.getCurrentUrl().endsWith("/ask"));
		assertThat(seriousProblems()).as("the question form").isEmpty();
		browser.findElement(By.id("name")).sendKeys("吴网友");
		browser.findElement(By.id("text")).sendKeys("办事大厅周末开放吗？");
		answerCaptcha();
		submitAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.id("ask")).getText()).contains("您的提问已收到");
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("办事大厅周末开放吗？");
	}

}
