package org.zhengtong.content;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people picker on a channel page, as a site administrator uses it at 1280 and 375
 * px: a name typed, the people found listed with their unit and post without the page
 * reloading, one chosen and given a right; axe-core finds nothing on the page, and the
 * picker fits a phone's width.
 */
@IntegrationTest
class PeoplePickerBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	Channels channels;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_person_found_by_name_is_chosen_and_given_a_right_at_1280_and_375_px() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "选人演示局", "Picker Demo Bureau");
		String admin = TestStaff.staff(accounts, unit, "pickadmin", "网站管理员", PASSWORD);
		accounts.grant(admin, ContentRoles.SITE_ADMIN);
		String wide = TestStaff.staff(accounts, unit, "pickwide", "陈选人宽" + tag, PASSWORD);
		String narrow = TestStaff.staff(accounts, unit, "picknarrow", "陈选人窄" + tag, PASSWORD);
		ChannelView channel = channels.create("zh", null, "picker-" + tag, "选人演示" + tag, ChannelKind.ARTICLES, null, 0,
				false, false, "system");

		login(admin);
		viewport(1280, 1000);
		choose(channel, "陈选人宽" + tag, wide);
		assertThat(seriousProblems()).as("channel page with the people found, 1280 px").isEmpty();
		keepScreenshot("people-picker-1280");
		grant();
		assertThat(text()).contains("已授予 " + wide);
		assertThat(channels.levelOf(wide, channel.id())).contains("REVIEW");

		viewport(375, 900);
		choose(channel, "陈选人窄" + tag, narrow);
		assertThat(seriousProblems()).as("channel page with the people found, 375 px").isEmpty();
		Number overflow = (Number) script(
				"""
						let most = 0;
						for (const e of document.querySelectorAll('.people-picker, .people-picker *, #people-choices, #people-choices *')) {
						  most = Math.max(most, e.getBoundingClientRect().right);
						}
						return most - window.innerWidth;""");
		assertThat(overflow.doubleValue()).as("the picker fits 375 px").isLessThanOrEqualTo(0.5);
		keepScreenshot("people-picker-375");
		grant();
		assertThat(channels.levelOf(narrow, channel.id())).contains("REVIEW");
	}

	/** Opens the channel page, looks the person up by name, and picks them. */
	private void choose(ChannelView channel, String name, String username) {
		open("/admin/channels/" + channel.id());
		String before = browser.getCurrentUrl();
		browser.findElement(By.id("people-name")).sendKeys(name);
		browser.findElement(By.cssSelector(".people-search button[type=submit]")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-choices"), name));
		assertThat(browser.getCurrentUrl()).as("found without reloading the page").isEqualTo(before);
		WebElement choices = browser.findElement(By.id("people-choices"));
		assertThat(choices.getText()).contains(name, "选人演示局", "科员", "找到 1 人");
		WebElement choice = choices.findElement(By.cssSelector("input[value='" + username + "']"));
		browser.findElement(By.cssSelector("label[for='" + choice.getAttribute("id") + "']")).click();
		assertThat(choice.isSelected()).isTrue();
		new Select(browser.findElement(By.id("level"))).selectByValue("REVIEW");
	}

	private void grant() {
		submitAndWait(By.cssSelector("form[action$='/grants'] button[type=submit]"));
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	private void login(String username) {
		signIn(username, PASSWORD);
	}

}
