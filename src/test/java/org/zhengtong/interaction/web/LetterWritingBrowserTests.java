package org.zhengtong.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.zhengtong.testing.BrowserTestSupport;

/**
 * An anonymous writer on a phone: from 互动交流 to the 咨询 form, the problems of an empty form
 * explained, the letter sent and its 查询码 shown once, then followed by number and code.
 * Every page passes axe.
 */
class LetterWritingBrowserTests extends BrowserTestSupport {

	@Test
	void an_anonymous_writer_sends_a_letter_notes_the_code_and_follows_it() {
		viewport(375, 800);
		browser.manage().deleteAllCookies();
		String title = "公交站台没有遮雨棚 " + UUID.randomUUID().toString().substring(0, 6);

		open("/interaction");
		browser.findElement(By.linkText("咨询")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("咨询");
		assertThat(seriousProblems()).as("the form").isEmpty();

		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".alert-error")).getText()).contains("请填写标题", "请填写来信内容",
				"请选择问题类别");
		assertThat(seriousProblems()).as("the form with its problems").isEmpty();

		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("body")).sendKeys("下雨天在站台等车会淋湿，能否加装遮雨棚？");
		new Select(browser.findElement(By.id("topic"))).selectByVisibleText("交通出行");
		answerCaptcha();
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		String number = browser.findElement(By.cssSelector(".alert-success")).getText().replaceAll("[^0-9-]", "");
		String code = browser.findElement(By.cssSelector(".query-code strong")).getText();
		assertThat(number).matches("\\d{4}-\\d{6}");
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
		assertThat(seriousProblems()).as("the number and code").isEmpty();

		browser.findElement(By.linkText("查询来信办理情况")).click();
		browser.findElement(By.id("number")).sendKeys(number);
		browser.findElement(By.id("code")).sendKeys(code);
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "待受理", "撤回来信");
		assertThat(seriousProblems()).as("the followed letter").isEmpty();
	}

}
