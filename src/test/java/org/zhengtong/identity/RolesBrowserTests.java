package org.zhengtong.identity;

import java.time.Duration;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
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
	PlatformAccounts platformAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	UnitManagement units;

	/**
	 * Staff roles only: 个人用户 and 法人用户 go to citizens' and enterprises' accounts, which
	 * never see the workbench.
	 */
	static List<Role> staffRoles() {
		return java.util.stream.Stream
			.of(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.SECURITY_ADMIN, IdentityRoles.AUDIT_ADMIN,
					IdentityRoles.UNIT_ADMIN, org.zhengtong.pki.PkiRoles.RA_OPERATOR,
					org.zhengtong.content.ContentRoles.SITE_ADMIN, org.zhengtong.content.ContentRoles.EDITOR,
					IdentityRoles.STAFF)
			.toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("staffRoles")
	void each_role_sees_its_own_menus_and_is_refused_the_rest(Role role) {
		String name = role.code().toLowerCase().replace("_", "") + UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市角色测试局", "角色测试局", "Role Test Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		platformAccounts.create(name, "角色测试", AccountKind.STAFF, unit, "Qinchuan@2026", false);
		platformAccounts.grant(name,
				new RoleGrant(role, role.defaultScope(), role == IdentityRoles.UNIT_ADMIN ? unit : null, Set.of()));
		String colleague = "colleague" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.create(colleague, "同单位", AccountKind.STAFF, unit, "Qinchuan@2026", false);
		if (role != IdentityRoles.STAFF) {
			platformAccounts.grant(name, IdentityRoles.STAFF);
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
		assertThat(menu).contains("工作台首页", "工作日历", "后台作业");
		assertThat(menu.get(0)).as("the everyday menu first").isEqualTo("工作台首页");
		assertThat(menu.contains("安全审计")).as("安全审计 in the menu").isEqualTo(role == IdentityRoles.AUDIT_ADMIN);
		assertThat(seriousProblems()).as("workbench home").isEmpty();

		open("/workbench/calendar?year=2026");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("2026 年工作日历");
		assertThat(browser.findElements(By.id("calendar-edit")).isEmpty()).as("no editing")
			.isEqualTo(role != IdentityRoles.SYSTEM_ADMIN);
		assertThat(seriousProblems()).as("calendar").isEmpty();

		assertThat(menu.contains("账户管理")).as("账户管理 in the menu")
			.isEqualTo(role == IdentityRoles.SYSTEM_ADMIN || role == IdentityRoles.UNIT_ADMIN);
		if (menu.contains("账户管理")) {
			// The list pages (50 a page): each account is looked for by name.
			open("/admin/accounts?q=" + colleague);
			assertThat(browser.findElement(By.tagName("table")).getText()).as("a colleague in the unit")
				.contains(colleague);
			assertThat(seriousProblems()).as("accounts").isEmpty();
			open("/admin/accounts?q=sysadmin");
			assertThat(browser.findElement(By.tagName("table")).getText().contains("sysadmin"))
				.as("accounts outside the unit")
				.isEqualTo(role == IdentityRoles.SYSTEM_ADMIN);
			assertThat(seriousProblems()).as("accounts").isEmpty();
			open("/admin/accounts/" + colleague);
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains(colleague);
			assertThat(seriousProblems()).as("account detail").isEmpty();
			open("/admin/accounts/sysadmin");
			assertThat(browser.findElement(By.tagName("h1")).getText()).as("outside the scope: not found")
				.isEqualTo(role == IdentityRoles.SYSTEM_ADMIN ? "系统管理员（sysadmin）" : "找不到您要访问的页面");
		}

		open("/admin/audit");
		String heading = browser.findElement(By.tagName("h1")).getText();
		if (role == IdentityRoles.AUDIT_ADMIN) {
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

}
