package org.zhengtong.permit.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.DecisionPublications;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublishDecision;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 双公示 in a real browser, lean: the 审批负责人 enters a penalty through the form and sees it on
 * the department's list; the public 结果公示 and a record's page show the citizen masked.
 * Every page passes axe-core.
 */
@IntegrationTest
class PublicationBrowserTests extends BrowserTestSupport {

	@Autowired
	DecisionPublications publications;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void a_penalty_entered_on_the_workbench_is_on_the_public_list_with_the_citizen_masked() {
		UUID department = TestStaff.unit(units, "执法局", "Enforcement Bureau");
		String leader = TestStaff.withRole(accounts, department, "pwbrow", "审批负责人", PermitRoles.PERMIT_LEADER);
		String id = "61010319850712351" + ResidentIdNumber.checkCharacter("61010319850712351");
		publications.publish(new PublishDecision(PublicationKind.PENALTY, CounterpartKind.NATURAL_PERSON, "司马相如", null,
				null, id, "行政处罚决定书", "秦执罚〔2026〕1号", "罚款", null, null, "占道经营", "在人行道上摆摊经营", "《城市道路管理条例》第二十七条",
				"罚款人民币二百元", new BigDecimal("200"), null, null, LocalDate.of(2026, 11, 2), null, null, null, department,
				null, null, null), leader);

		signIn(leader, "Qinchuan@2026");
		open("/workbench/permit/publications/new?kind=PENALTY");
		assertThat(seriousProblems()).as("the form").isEmpty();
		new Select(browser.findElement(By.id("counterpartKind"))).selectByValue("LEGAL_PERSON");
		browser.findElement(By.id("counterpartName")).sendKeys("秦川市某某商贸有限公司");
		browser.findElement(By.id("creditCode"))
			.sendKeys("91610100MA6TG0003" + CreditCode.checkCharacter("91610100MA6TG0003"));
		browser.findElement(By.id("documentName")).sendKeys("行政处罚决定书");
		browser.findElement(By.id("documentNumber")).sendKeys("秦执罚〔2026〕2号");
		browser.findElement(By.id("category")).sendKeys("警告");
		script("document.getElementById('decisionDate').value = '2026-11-03';");
		browser.findElement(By.id("content")).sendKeys("警告");
		browser.findElement(By.id("legalBasis")).sendKeys("《广告法》第五十五条");
		browser.findElement(By.id("violationType")).sendKeys("虚假宣传");
		browser.findElement(By.id("violationFacts")).sendKeys("发布虚假广告");
		submitAndWait(By.cssSelector("main form button[type=submit]"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已公示", "秦执罚〔2026〕2号");
		assertThat(seriousProblems()).as("the record on the workbench").isEmpty();
		open("/workbench/permit/publications");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("秦执罚〔2026〕1号", "秦执罚〔2026〕2号", "司**如");
		assertThat(seriousProblems()).as("the department's list").isEmpty();

		browser.manage().deleteAllCookies();
		open("/services/decisions?department=" + department);
		String list = browser.findElement(By.tagName("main")).getText();
		assertThat(list).contains("司**如", "秦川市某某商贸有限公司", "共 2 条").doesNotContain("司马相如");
		assertThat(seriousProblems()).as("结果公示").isEmpty();
		browser.findElement(By.linkText("司**如")).click();
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("司**如", "在人行道上摆摊经营")
			.doesNotContain("司马相如", id);
		assertThat(seriousProblems()).as("a record's public page").isEmpty();
	}

}
