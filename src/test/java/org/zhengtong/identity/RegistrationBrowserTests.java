package org.zhengtong.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a phone registers: a mistyped 居民身份证号 is explained at the top of the form
 * and at the field, the corrected form creates the account, and signing in leads to 我的
 * with the number masked.
 */
class RegistrationBrowserTests extends BrowserTestSupport {

	@Test
	void a_citizen_on_a_phone_registers_corrects_a_mistyped_number_and_signs_in() {
		viewport(375, 800);
		browser.manage().deleteAllCookies();
		String first17 = "61011319900" + ThreadLocalRandom.current().nextInt(1, 10) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		char check = ResidentIdNumber.checkCharacter(first17);
		String username = "phone" + UUID.randomUUID().toString().substring(0, 8);

		open("/login");
		browser.findElement(By.linkText("注册账户")).click();
		browser.findElement(By.linkText("我是个人")).click();
		fill("realName", "李小红");
		fill("idNumber", first17 + (check == '0' ? '1' : '0'));
		fill("mobile", "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
		fill("username", username);
		fill("password", "Qinchuan@2026");
		fill("passwordAgain", "Qinchuan@2026");
		answerTheQuestion();
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

		assertThat(waitFor(".alert-error").getText()).contains("校验位", "应为“" + check + "”");
		assertThat(browser.findElement(By.id("idNumber")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(axe().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser)
			.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map((rule) -> rule.getId())
			.toList()).as("the form with its errors").isEmpty();

		fill("idNumber", first17 + check);
		fill("password", "Qinchuan@2026");
		fill("passwordAgain", "Qinchuan@2026");
		answerTheQuestion();
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(".alert-success").getText()).contains(username);

		fill("username", username);
		fill("password", "Qinchuan@2026");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/my"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("李小红", "6101**********")
			.doesNotContain(first17);
	}

	/** The accessible question in place of a captcha: a sum read from its label. */
	private void answerTheQuestion() {
		java.util.regex.Matcher sum = java.util.regex.Pattern.compile("([0-9]) 加 ([0-9])")
			.matcher(browser.findElement(By.cssSelector("label[for=answer]")).getText());
		assertThat(sum.find()).isTrue();
		fill("answer", String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))));
	}

	private org.openqa.selenium.WebElement waitFor(String css) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	private void fill(String id, String text) {
		var field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
