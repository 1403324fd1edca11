package org.zhengtong.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.Channels;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every workbench page each kind of user opens from their sidebar (and a citizen's 我的
 * pages), at 1280 and at 375 px: axe-core finds nothing, the page is not wider than the
 * screen (a wide table scrolls in its own box), and on a phone the sidebar folds behind a
 * 菜单 button that opens by keyboard.
 */
class WorkbenchWalkBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "writer", "reviewer", "SITE_ADMIN", "UNIT_ADMIN", "RA_OPERATOR", "SYSTEM_ADMIN",
			"SECURITY_ADMIN", "AUDIT_ADMIN", "STAFF" })
	void every_sidebar_page_passes_axe_and_fits_a_phone(String who) {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "巡检局", "Walk Bureau");
		String colleague = TestStaff.staff(accounts, unit, "colleague", "同单位的同事", PASSWORD);
		String user = person(who, unit, tag);
		login(user);

		Set<String> paths = new LinkedHashSet<>();
		@SuppressWarnings("unchecked")
		List<String> sidebar = (List<String>) script(
				"return Array.from(document.querySelectorAll('.wb-sidebar a')).map(a => a.getAttribute('href'));");
		paths.addAll(sidebar);
		if (sidebar.contains("/admin/accounts")) {
			paths.add("/admin/accounts/" + colleague);
			paths.add("/admin/accounts/" + colleague + "/reset-password");
			paths.add("/admin/accounts/" + colleague + "/deactivate");
		}
		paths.add("/account");
		assertThat(paths).as("the sidebar of " + who).hasSizeGreaterThan(3);

		List<String> problems = walk(paths);
		assertThat(problems).as(who + ": every page at 1280 and 375 px").isEmpty();
	}

	@Test
	void a_citizens_own_pages_pass_axe_and_fit_a_phone() {
		String citizen = "walkcitizen" + UUID.randomUUID().toString().substring(0, 6);
		accounts.create(citizen, "王小明", AccountKind.CITIZEN, null, PASSWORD, false);
		login(citizen);
		assertThat(walk(List.of("/my", "/account/password"))).isEmpty();
	}

	@Test
	void on_a_phone_the_sidebar_is_a_menu_that_opens_by_keyboard() {
		UUID unit = TestStaff.unit(units, "菜单局", "Menu Bureau");
		String user = TestStaff.staff(accounts, unit, "menu", "菜单测试", PASSWORD);
		login(user);

		viewport(375, 800);
		open("/workbench/calendar");
		WebElement toggle = browser.findElement(By.cssSelector(".wb-sidebar summary"));
		WebElement calendar = browser.findElement(By.cssSelector(".wb-sidebar a[href='/workbench/calendar']"));
		assertThat(toggle.isDisplayed()).as("the 菜单 button").isTrue();
		assertThat(toggle.getText()).isEqualTo("菜单");
		assertThat(calendar.isDisplayed()).as("the menu starts closed").isFalse();
		assertThat(browser.findElement(By.tagName("h1")).getLocation().getY()).as("the page starts near the top")
			.isLessThan(300);

		script("arguments[0].focus();", toggle);
		browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		assertThat(calendar.isDisplayed()).as("Enter opens the menu").isTrue();
		calendar.click();
		assertThat(browser.getCurrentUrl()).endsWith("/workbench/calendar");

		viewport(1280, 800);
		open("/workbench/calendar");
		assertThat(browser.findElement(By.cssSelector(".wb-sidebar summary")).isDisplayed())
			.as("no menu button on a wide screen")
			.isFalse();
		assertThat(browser.findElement(By.cssSelector(".wb-sidebar a[href='/workbench/calendar']")).isDisplayed())
			.as("the sidebar open on a wide screen")
			.isTrue();
	}

	/** Each page at 1280 then 375 px; what is wrong, one line a problem. */
	private List<String> walk(Iterable<String> paths) {
		List<String> problems = new ArrayList<>();
		for (int width : new int[] { 1280, 375 }) {
			viewport(width, 900);
			for (String path : paths) {
				open(path);
				String where = path + " @" + width + ": ";
				String heading = browser.findElements(By.tagName("h1"))
					.stream()
					.findFirst()
					.map(WebElement::getText)
					.orElse("");
				if (heading.equals("找不到您要访问的页面") || heading.equals("您没有权限访问此页面") || heading.contains("出错")) {
					problems.add(where + heading);
					continue;
				}
				seriousProblems().forEach((problem) -> problems.add(where + problem));
				long scrollWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
				if (scrollWidth > width) {
					problems.add(where + "page " + scrollWidth + " px wide");
				}
			}
		}
		// Printed as found as well, so a long walk shows its findings before it ends.
		problems.forEach((problem) -> System.out.println("WALK PROBLEM " + problem));
		return problems;
	}

	/** The account of the kind asked for, with what its pages need to show something. */
	private String person(String who, UUID unit, String tag) {
		String name = who.toLowerCase().replace("_", "") + tag;
		switch (who) {
			case "writer", "reviewer" -> {
				String writer = "walkwriter" + tag;
				String reviewer = "walkreviewer" + tag;
				for (String editor : List.of(writer, reviewer)) {
					staff(editor, unit);
					accounts.grant(editor, ContentRoles.EDITOR);
				}
				ChannelView channel = channels.create("zh", null, "walk-" + tag, "巡检栏目" + tag, ChannelKind.ARTICLES,
						null, 0, false, false, "system");
				channels.grant(channel.id(), writer, "DRAFT", "system");
				channels.grant(channel.id(), reviewer, "REVIEW", "system");
				long sent = articles
					.create(channel.id(),
							new Articles.Draft("关于进一步优化营商环境推进政务服务“一网通办”若干措施的通知" + tag, null, null, null, "<p>正文</p>"),
							writer)
					.id();
				articles.submit(sent, writer);
				articles.create(channel.id(), new Articles.Draft("草稿" + tag, null, null, null, "<p>正文</p>"), writer);
				return who.equals("writer") ? writer : reviewer;
			}
			case "STAFF" -> {
				staff(name, unit);
				return name;
			}
			default -> {
				Role role = switch (who) {
					case "SITE_ADMIN" -> ContentRoles.SITE_ADMIN;
					case "RA_OPERATOR" -> PkiRoles.RA_OPERATOR;
					case "UNIT_ADMIN" -> IdentityRoles.UNIT_ADMIN;
					case "SYSTEM_ADMIN" -> IdentityRoles.SYSTEM_ADMIN;
					case "SECURITY_ADMIN" -> IdentityRoles.SECURITY_ADMIN;
					case "AUDIT_ADMIN" -> IdentityRoles.AUDIT_ADMIN;
					default -> throw new IllegalArgumentException(who);
				};
				accounts.create(name, "巡检" + tag, AccountKind.STAFF, unit, PASSWORD, false);
				accounts.grant(name, IdentityRoles.STAFF);
				accounts.grant(name, new RoleGrant(role, role.defaultScope(),
						role == IdentityRoles.UNIT_ADMIN ? unit : null, Set.of()));
				return name;
			}
		}
	}

	private void staff(String username, UUID unit) {
		accounts.create(username, "编辑" + username, AccountKind.STAFF, unit, PASSWORD, false);
		accounts.grant(username, IdentityRoles.STAFF);
	}

	private void login(String username) {
		viewport(1280, 900);
		signIn(username, PASSWORD);
	}

}
