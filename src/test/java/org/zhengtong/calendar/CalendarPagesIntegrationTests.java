package org.zhengtong.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class CalendarPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CalendarManagement calendar;

	@Test
	void staff_see_the_year_with_its_holidays_and_the_source_but_no_editing() {
		MvcTestResult page = mvc.get()
			.uri("/workbench/calendar?year=2026")
			.with(user("clerk").roles("STAFF"))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<h1>2026 年工作日历</h1>", "国务院办公厅关于2026年部分节假日安排的通知")
			.contains("2026-10-10", "国庆节调休上班", "调休上班")
			.contains("<caption>2026年10月</caption>")
			.doesNotContain("修改日历", "恢复为普通日");
	}

	@Test
	void a_provisional_year_warns_that_its_deadlines_are_provisional() {
		assertThat(mvc.get().uri("/workbench/calendar?year=2027").with(user("clerk").roles("STAFF")).exchange())
			.bodyText()
			.contains("2027 年节假日安排尚未公布或尚未录入", "本年尚未录入节假日和调休。");
	}

	@Test
	void an_administrator_with_calendar_edit_sets_a_day_and_sees_it_confirmed() {
		MvcTestResult saved = mvc.post()
			.uri("/workbench/calendar/2096/days")
			.param("day", "2096-05-01")
			.param("kind", "HOLIDAY")
			.param("name", "劳动节")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.with(csrf())
			.exchange();

		assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/workbench/calendar?year=2096");
		assertThat(saved).flash().containsEntry("success", "calendar.saved");
		assertThat(calendar.isWorkingDay(LocalDate.of(2096, 5, 1))).isFalse();
		assertThat(mvc.get()
			.uri("/workbench/calendar?year=2096")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.exchange()).bodyText().contains("修改日历", "劳动节", "恢复为普通日");
	}

	@Test
	void staff_without_calendar_edit_are_refused_and_nothing_changes() {
		for (String path : new String[] { "/workbench/calendar/2095/days", "/workbench/calendar/2095/import",
				"/workbench/calendar/2095/confirm", "/workbench/calendar/2095/provisional",
				"/workbench/calendar/2095/days/2095-05-01/clear" }) {
			MvcTestResult refused = mvc.post()
				.uri(path)
				.param("day", "2095-05-02")
				.param("kind", "HOLIDAY")
				.param("name", "偷偷放假")
				.param("lines", "2095-05-02,放假,偷偷放假")
				.param("source", "无")
				.with(user("clerk").roles("STAFF"))
				.with(csrf())
				.exchange();
			assertThat(refused).as(path).hasStatus(403);
		}
		assertThat(calendar.specialDays(2095)).isEmpty();
		assertThat(calendar.statusOf(2095)).isEqualTo(YearStatus.MISSING);
	}

	@Test
	void a_weekday_marked_as_worked_is_refused_with_the_reason() {
		MvcTestResult refused = mvc.post()
			.uri("/workbench/calendar/2094/days")
			.param("day", "2094-06-02")
			.param("kind", "WORKDAY")
			.param("name", "调休")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatus3xxRedirection();
		assertThat(refused).flash().containsEntry("error", "calendar.refused.weekdayWorked");
		assertThat(calendar.specialDays(2094)).isEmpty();
	}

	@Test
	void a_day_without_a_name_is_shown_again_with_the_reason_and_nothing_changes() {
		MvcTestResult refused = mvc.post()
			.uri("/workbench/calendar/2094/days")
			.param("day", "2094-06-05")
			.param("kind", "HOLIDAY")
			.param("name", " ")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("请填写名称，例如“春节”。", "value=\"2094-06-05\"");
		assertThat(calendar.specialDays(2094)).isEmpty();
	}

}
