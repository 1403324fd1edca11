package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The receiving office in a browser: a 受理员 finds a letter in 待受理, accepts it, routes it
 * to the unit the 派单目录 proposes (already chosen in the list), and the unit's handler
 * objects with a reason that the office then reads in 待派单. axe-core finds no problem on
 * the queues, the letter's page with its actions, or the 派单目录.
 */
@IntegrationTest
class LetterOfficeBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	DispatchCatalogue catalogue;

	@Autowired
	Clock clock;

	@Test
	void accepted_routed_as_proposed_objected_and_back_in_the_dispatch_queue_with_the_reason() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID office = TestStaff.unit(units, "信访局", "Letters Bureau");
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String acceptor = TestStaff.withRole(accounts, office, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String handler = TestStaff.withRole(accounts, school, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		catalogue.add("教育" + tag, null, school, acceptor);
		Letter letter = letter("教育" + tag);
		String schoolName = units.find(school, java.time.LocalDate.now(clock)).orElseThrow().names().fullName();

		signIn(acceptor, PASSWORD);
		viewport(1280, 1000);
		open("/workbench/letters?queue=incoming&topic=教育" + tag);
		assertThat(text()).contains(letter.number(), "待受理");
		assertThat(seriousProblems()).as("待受理").isEmpty();
		browser.findElement(By.linkText(letter.number())).click();
		submitAndWait(By.xpath("//button[normalize-space()='受理']"));
		assertThat(text()).contains("已受理，请派单", "派单目录建议：" + schoolName);
		assertThat(new Select(browser.findElement(By.id("assign-unit"))).getFirstSelectedOption().getText())
			.isEqualTo(schoolName);
		assertThat(seriousProblems()).as("the letter with the office's actions").isEmpty();
		submitAndWait(By.xpath("//button[normalize-space()='派单']"));
		assertThat(text()).contains("已派给" + schoolName, "已派单", "派单记录");

		signIn(handler, PASSWORD);
		open("/workbench/letters/" + letter.id());
		assertThat(seriousProblems()).as("the letter with the unit's objection").isEmpty();
		browser.findElement(By.id("objection-reason")).sendKeys("属于区级教育部门职责");
		submitAndWait(By.xpath("//button[normalize-space()='提出异议']"));

		signIn(acceptor, PASSWORD);
		open("/workbench/letters?queue=dispatch&topic=教育" + tag);
		assertThat(text()).contains(letter.number(), schoolName + "提出异议：属于区级教育部门职责");
		assertThat(seriousProblems()).as("待派单").isEmpty();
		keepScreenshot("dispatch-queue");
		open("/workbench/dispatch-rules");
		assertThat(text()).contains("教育" + tag, schoolName);
		assertThat(seriousProblems()).as("派单目录").isEmpty();
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	private Letter letter(String topic) {
		return new TestLetters(transactions, letters, cases, codes, clock).write(Door.COMPLAINT, "关于学校门口交通拥堵的问题",
				"每天放学时段学校门口交通拥堵。", true, (letter) -> letter.describe(topic, null));
	}

}
