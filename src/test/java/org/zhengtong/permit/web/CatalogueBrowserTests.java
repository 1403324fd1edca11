package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.CatalogueDesk;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.TestGuides;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;

import org.zhengtong.testing.TestStaff;

/**
 * The catalogue's pages in a real browser have no accessibility problem axe-core finds:
 * the public guide at phone width, and the desk's list, editor, version and review pages.
 */
@IntegrationTest
@Tag("browser")
class CatalogueBrowserTests extends BrowserTestSupport {

	@Autowired
	CatalogueDesk desk;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void the_guide_and_the_desk_pages_are_accessible() {
		UUID department = TestStaff.unit(units, "浏览局", "Browser bureau");
		UUID health = TestStaff.unit(units, "浏览卫健", "Browser health");
		String manager = TestStaff.withRole(accounts, department, "bm", "事项寅", PermitRoles.ITEM_MANAGER);
		String leader = TestStaff.withRole(accounts, department, "bl", "负责卯", PermitRoles.PERMIT_LEADER);
		Guide first = desk.create("B-" + UUID.randomUUID().toString().substring(0, 8), Audience.ENTERPRISE,
				PermitTheme.FOOD_AND_DRUGS, TestGuides.joint("浏览器测试许可", Set.of(health)), manager);
		desk.submit(first.id(), manager);
		desk.publish(first.id(), null, leader);
		String code = desk.item(first.itemId()).code();
		Guide next = desk.newDraft(first.itemId(), manager);
		desk.revise(next.id(), next.version(), TestGuides.content("浏览器测试许可（新）"), manager);
		desk.submit(next.id(), manager);

		viewport(375, 800);
		open("/services/items/" + code);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("浏览器测试许可");
		assertThat(browser.findElement(By.linkText("在线申报")).isDisplayed()).isTrue();
		assertThat(seriousProblems()).as("guide page at 375 px").isEmpty();

		viewport(1280, 900);
		signIn(manager, "Qinchuan@2026");
		open("/workbench/permit/items");
		assertThat(seriousProblems()).as("desk list").isEmpty();
		open("/workbench/permit/items/new");
		assertThat(seriousProblems()).as("editor").isEmpty();
		open("/workbench/permit/guides/" + first.id());
		assertThat(seriousProblems()).as("version page").isEmpty();

		signIn(leader, "Qinchuan@2026");
		open("/workbench/permit/guides/" + next.id() + "/review");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已修改");
		assertThat(seriousProblems()).as("review page").isEmpty();
	}

}
