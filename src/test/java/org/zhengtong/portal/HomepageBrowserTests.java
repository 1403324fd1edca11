package org.zhengtong.portal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

class HomepageBrowserTests extends BrowserTestSupport {

	@BeforeEach
	void freshPreferences() {
		open("/");
		script("window.localStorage.clear(); document.documentElement.className = '';");
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 375 })
	void the_homepage_reads_in_chinese_and_switches_to_english_and_back(int width) {
		viewport(width, 900);
		open("/");

		assertThat(lang()).isEqualTo("zh-CN");
		assertThat(heading()).isEqualTo("欢迎访问秦川市人民政府");
		assertThat(browser.getTitle()).isEqualTo("首页 - 秦川市人民政府");
		assertThat(fitsTheScreen()).as("no sideways scrolling at %d px", width).isTrue();

		browser.findElement(By.linkText("English")).click();

		assertThat(browser.getCurrentUrl()).endsWith("/en/");
		assertThat(lang()).isEqualTo("en");
		assertThat(heading()).isEqualTo("Welcome to the Qinchuan Municipal People's Government");
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("欢迎");
		assertThat(fitsTheScreen()).isTrue();

		browser.findElement(By.linkText("中文")).click();

		assertThat(lang()).isEqualTo("zh-CN");
		assertThat(heading()).isEqualTo("欢迎访问秦川市人民政府");
	}

	@Test
	void the_high_contrast_switch_turns_the_page_to_light_on_black_and_is_remembered() {
		viewport(1280, 900);
		open("/");
		WebElement toggle = browser.findElement(By.cssSelector("[data-preference='high-contrast']"));
		assertThat(background()).isEqualTo("rgb(255, 255, 255)");
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("false");

		toggle.click();

		assertThat(background()).isEqualTo("rgb(0, 0, 0)");
		assertThat(textColour()).isEqualTo("rgb(255, 255, 255)");
		assertThat(toggle.getAttribute("aria-pressed")).isEqualTo("true");

		open("/en/");
		assertThat(background()).as("remembered on the next page").isEqualTo("rgb(0, 0, 0)");
		browser.findElement(By.cssSelector("[data-preference='high-contrast']")).click();
		assertThat(background()).isEqualTo("rgb(255, 255, 255)");
	}

	@Test
	void the_larger_text_switch_enlarges_the_text_by_at_least_a_quarter() {
		viewport(1280, 900);
		open("/");
		double before = fontSize("main p");

		browser.findElement(By.cssSelector("[data-preference='text-large']")).click();

		assertThat(fontSize("main p")).isGreaterThanOrEqualTo(before * 1.25);
	}

	@Test
	void the_first_tab_reaches_a_visible_skip_link_that_jumps_to_the_content() {
		viewport(1280, 900);
		open("/");

		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = browser.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("跳到主要内容");
		assertThat(focused.getRect().getX()).as("moved on screen when focused").isGreaterThanOrEqualTo(0);

		focused.sendKeys(Keys.ENTER);
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void keyboard_alone_reaches_every_link_and_button_with_a_visible_focus_and_follows_one() {
		viewport(1280, 900);
		open("/");
		@SuppressWarnings("unchecked")
		java.util.List<String> focusable = (java.util.List<String>) script("""
				return [...document.querySelectorAll('a[href], button, input, select, textarea')]
				  .filter((e) => e.offsetParent !== null && !e.disabled)
				  .map((e) => e.tagName + ' ' + (e.getAttribute('href') || '') + ' ' + e.textContent.trim());""");

		java.util.List<String> reached = new java.util.ArrayList<>();
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int i = 0; i < focusable.size(); i++) {
			WebElement focused = browser.switchTo().activeElement();
			reached.add((String) script(
					"const e = arguments[0]; return e.tagName + ' ' + (e.getAttribute('href') || '') + ' ' + e.textContent.trim();",
					focused));
			assertThat((Boolean) script("""
					const s = getComputedStyle(arguments[0]);
					return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';""",
					focused))
				.as("a visible focus on %s", reached.get(reached.size() - 1))
				.isTrue();
			focused.sendKeys(Keys.TAB);
		}
		assertThat(reached).as("every link and button, in the order of the page").containsExactlyElementsOf(focusable);
		assertThat(reached).anyMatch((element) -> element.contains("/sitemap"));

		open("/");
		browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (int i = 0; i < focusable.size(); i++) {
			WebElement focused = browser.switchTo().activeElement();
			if (String.valueOf(focused.getAttribute("href")).endsWith("/disclosure")) {
				focused.sendKeys(Keys.ENTER);
				break;
			}
			focused.sendKeys(Keys.TAB);
		}
		assertThat(browser.getCurrentUrl()).endsWith("/disclosure");
	}

	private String lang() {
		return browser.findElement(By.tagName("html")).getAttribute("lang");
	}

	private String heading() {
		return browser.findElement(By.tagName("h1")).getText();
	}

	private boolean fitsTheScreen() {
		return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

	private String background() {
		return (String) script("return getComputedStyle(document.body).backgroundColor;");
	}

	private String textColour() {
		return (String) script("return getComputedStyle(document.body).color;");
	}

	private double fontSize(String selector) {
		return Double.parseDouble(
				((String) script("return getComputedStyle(document.querySelector(arguments[0])).fontSize;", selector))
					.replace("px", ""));
	}

}
