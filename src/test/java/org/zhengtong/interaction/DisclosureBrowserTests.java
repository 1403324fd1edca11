package org.zhengtong.interaction;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.internal.DisclosureRequests;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 依申请公开 in Chromium, on the 2026 calendar (中秋节 09-25–27, 国庆节 10-01–07, 调休上班 Sun 09-20 and
 * Sat 10-10): a posted request received Fri 2026-09-18 is due Thu 10-22; a 补正, a
 * third-party consultation and an extension move it to dates worked out by hand below,
 * and a calendar edit moves it once more. The applicant follows it by number and 查询码 and
 * reads the extension's reason.
 */
class DisclosureBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	Deadlines deadlines;

	@Autowired
	DisclosureRequests requests;

	@Test
	void art_30_correction_and_art_33_consultation_and_extension_move_the_answer_day_and_a_calendar_edit_moves_it_again() {
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String officer = TestStaff.withRole(accounts, school, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		String leader = TestStaff.withRole(accounts, school, "ld", "答复审核人", InteractionRoles.INTERACTION_LEADER);
		viewport(1280, 900);

		// Registered on the day it was signed for: Fri 2026-09-18 (art. 31).
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		signIn(officer, PASSWORD);
		open("/workbench/disclosure/new");
		new Select(browser.findElement(By.id("channel"))).selectByValue("POST");
		script("arguments[0].value = '2026-09-18'", browser.findElement(By.id("receivedOn")));
		new Select(browser.findElement(By.id("unitId"))).selectByIndex(1);
		browser.findElement(By.id("applicantName")).sendKeys("王小明");
		browser.findElement(By.id("idNumber")).sendKeys("11010519491231002X");
		browser.findElement(By.id("phone")).sendKeys("13900000000");
		browser.findElement(By.id("description")).sendKeys("关于学校的文件");
		submitAndWait(By.id("register-submit"));
		assertThat(seriousProblems()).isEmpty();
		String flash = browser.findElement(By.cssSelector(".alert-success")).getText();
		assertThat(flash).contains("已登记申请 教育局依申〔2026〕");
		String number = flash.substring(flash.indexOf("教育局依申"), flash.indexOf("号") + 1);
		String code = flash.substring(flash.lastIndexOf("：") + 1).strip();
		String page = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/workbench/"));
		long replyClock = requests.findById(UUID.fromString(page.substring(page.lastIndexOf('/') + 1)))
			.orElseThrow()
			.replyClockId();
		// Not counted: the start day 09-18, Sat 09-19, 中秋节, 国庆节, weekends. Counted: Sun
		// 09-20 (调休), 09-21–24, 09-28–30, 10-08–09, Sat 10-10 (调休), 10-12–16, 10-19–22 =
		// 20.
		assertThat(due()).isEqualTo("2026-10-22");

		// Art. 30: the notice on Tue 09-22 (within 7 working days); the corrected request
		// arrives on Thu 09-24 and the 20 days start again from it: 09-28, 29, 30, 10-08,
		// 09, 10 (调休), 12–16, 19–23, 26–29 → Thu 10-29.
		clock.set(LocalDateTime.parse("2026-09-22T09:00:00"));
		open(page);
		browser.findElement(By.id("items")).sendKeys("请写明文件名称或文号");
		submitAndWait(By.id("send-correction"));
		assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("待补正");
		clock.set(LocalDateTime.parse("2026-09-24T10:00:00"));
		open(page);
		browser.findElement(By.id("text")).sendKeys("2026年学区划分方案（秦教发〔2026〕3号）");
		submitAndWait(By.id("record-corrected"));
		replyClock = requests.findById(UUID.fromString(page.substring(page.lastIndexOf('/') + 1)))
			.orElseThrow()
			.replyClockId();
		assertThat(due()).isEqualTo("2026-10-29");

		// Art. 33: consulting a third party from Mon 10-12 to Fri 10-16 keeps 10-13–16
		// out
		// (the day of pausing counted, the day of resuming not): 4 working days → Wed
		// 11-04.
		clock.set(LocalDateTime.parse("2026-10-12T09:00:00"));
		open(page);
		browser.findElement(By.id("party")).sendKeys("秦川市某建设公司");
		submitAndWait(By.id("start-consultation"));
		assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("征求第三方意见");
		clock.set(LocalDateTime.parse("2026-10-16T15:00:00"));
		open(page);
		submitAndWait(By.id("end-consultation"));
		assertThat(due()).isEqualTo("2026-11-04");

		// Art. 33: one extension of 20 working days, approved by the unit's 答复审核人:
		// 11-05–06, 09–13, 16–20, 23–27, 30, 12-01–02 → Wed 12-02.
		clock.set(LocalDateTime.parse("2026-10-20T09:00:00"));
		open(page);
		browser.findElement(By.id("reason")).sendKeys("需调取多年档案");
		submitAndWait(By.id("ask-extension"));
		signIn(leader, PASSWORD);
		open(page);
		assertThat(seriousProblems()).isEmpty();
		submitAndWait(By.id("approve-extension"));
		assertThat(due()).isEqualTo("2026-12-02");
		assertThat(browser.findElement(By.id("extension")).getText()).contains("同意延期 20 个工作日", "需调取多年档案");

		// The applicant follows it by number and 查询码 and is told the reason.
		browser.manage().deleteAllCookies();
		open("/interaction/disclosure/follow");
		browser.findElement(By.id("number")).sendKeys(number);
		browser.findElement(By.id("code")).sendKeys(code);
		submitAndWait(By.id("follow-submit"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("2026-12-02", "延长 20 个工作日", "需调取多年档案");
		assertThat(seriousProblems()).isEmpty();

		// A calendar edit: Fri 11-20 becomes a day off, so the 20th working day is Thu
		// 12-03.
		LocalDate dayOff = LocalDate.parse("2026-11-20");
		long clockId = replyClock;
		try {
			calendar.setDay(new SpecialDay(dayOff, DayKind.HOLIDAY, "临时放假"), "disclosure-browser-test");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> deadlines.view(clockId).dueDay().equals(LocalDate.parse("2026-12-03")));
			signIn(officer, PASSWORD);
			open(page);
			assertThat(due()).isEqualTo("2026-12-03");
			open("/workbench/disclosure?number=" + number.substring(number.indexOf('〔')));
			assertThat(browser.findElement(By.tagName("table")).getText()).contains(number, "2026-12-03");
			assertThat(seriousProblems()).isEmpty();
		}
		finally {
			calendar.clearDay(dayOff, "disclosure-browser-test");
			await().atMost(Duration.ofSeconds(60))
				.until(() -> deadlines.view(clockId).dueDay().equals(LocalDate.parse("2026-12-02")));
		}
	}

	private String due() {
		WebElement time = browser.findElement(By.cssSelector("#reply-clock .clock-due time"));
		return time.getText();
	}

}
