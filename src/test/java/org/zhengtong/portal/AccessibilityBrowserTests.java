package org.zhengtong.portal;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, run in the real Chromium, finds no WCAG 2.1 A/AA problem, whatever its
 * impact, on the public pages in either language, and the high-contrast mode reaches 7:1
 * (the AAA contrast rule).
 */
class AccessibilityBrowserTests extends BrowserTestSupport {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/en/", "/login", "/register", "/register/citizen", "/register/enterprise",
			"/no-such-page", "/en/no-such-page", "/sitemap", "/en/sitemap" })
	void public_pages_have_no_accessibility_problems(String path) {
		viewport(1280, 900);
		open(path);

		Results results = axe().withTags(WCAG_21_AA).analyze(browser);

		assertThat(results.getPasses()).as("axe ran its checks").extracting(Rule::getId).contains("color-contrast");
		assertThat(serious(results)).as(path).isEmpty();
	}

	@Test
	void high_contrast_mode_has_a_contrast_of_at_least_seven_to_one() {
		viewport(1280, 900);
		open("/");
		browser.findElement(By.cssSelector("[data-preference='high-contrast']")).click();

		Results results = axe().withRules(List.of("color-contrast-enhanced")).analyze(browser);

		assertThat(results.getPasses()).as("the rule ran").extracting(Rule::getId).contains("color-contrast-enhanced");
		assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
		browser.findElement(By.cssSelector("[data-preference='high-contrast']")).click();
	}

	private static List<String> serious(Results results) {
		return results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
			.toList();
	}

}
