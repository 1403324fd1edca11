package org.zhengtong.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.testing.BrowserTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role, logged in through the real form in Chromium, sees its own menus and pages;
 * the audit log is refused to everyone but the auditor, with the 403 page, and the
 * refusal is audited.
 */
class RolesBrowserTests extends BrowserTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditManagement audit;

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Role.class)
	void each_role_sees_its_own_menus_and_is_refused_the_rest(Role role) {
		String name = role.name().toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(name, "角色测试", AccountKind.STAFF, null, "Qinchuan@2026", false, "test");
		accounts.grant(name, role, "test");
		if (role != Role.STAFF) {
			accounts.grant(name, Role.STAFF, "test");
		}
		viewport(1280, 900);
		browser.manage().deleteAllCookies();

		open("/login");
		browser.findElement(By.id("username")).sendKeys(name);
		browser.findElement(By.id("password")).sendKeys("Qinchuan@2026");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlToBe("http://localhost:" + port + "/login")));

		assertThat(browser.getCurrentUrl()).endsWith("/workbench");
		List<String> menu = browser.findElements(By.cssSelector(".wb-sidebar a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(menu).contains("工作台首页", "工作日历", "我的任务");
		assertThat(menu.get(0)).as("the everyday menu first").isEqualTo("工作台首页");
		assertThat(menu.contains("安全审计")).as("安全审计 in the menu").isEqualTo(role == Role.AUDIT_ADMIN);
		assertThat(seriousProblems()).as("workbench home").isEmpty();

		open("/workbench/calendar?year=2026");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2026 年工作日历");
		assertThat(browser.findElements(By.id("calendar-edit")).isEmpty()).as("no editing")
			.isEqualTo(role != Role.SYSTEM_ADMIN);
		assertThat(seriousProblems()).as("calendar").isEmpty();

		open("/admin/audit");
		String heading = browser.findElement(By.tagName("h1")).getText();
		if (role == Role.AUDIT_ADMIN) {
			assertThat(heading).isEqualTo("安全审计");
			assertThat(seriousProblems()).as("audit log").isEmpty();
		}
		else {
			assertThat(heading).isEqualTo("您没有权限访问此页面");
			assertThat(audit.search(new AuditQuery(null, null, name, "security.access-denied", Outcome.DENIED, null), 0,
					5))
				.as("the refusal is audited")
				.isNotEmpty();
		}
	}

	private List<String> seriousProblems() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser);
		return results.getViolations()
			.stream()
			.filter((rule) -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map((rule) -> rule.getId() + ": "
					+ rule.getNodes().stream().map((node) -> node.getTarget().toString()).toList())
			.toList();
	}

}
