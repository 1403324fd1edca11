package org.zhengtong.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The calendar as the database seeds it, and changes to it (made in 2099, which nothing
 * else uses).
 */
@IntegrationTest
@RecordApplicationEvents
class CalendarIntegrationTests {

	@Autowired
	CalendarManagement calendar;

	@Autowired
	ApplicationEvents events;

	@Test
	void the_year_2026_is_seeded_from_the_state_council_schedule_and_confirmed() {
		assertThat(calendar.statusOf(2026)).isEqualTo(YearStatus.CONFIRMED);
		assertThat(calendar.sourceOf(2026)).contains("国务院办公厅关于2026年部分节假日安排的通知");
		assertThat(calendar.specialDays(2026)).hasSize(33 + 6);
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 15), 20)).isEqualTo(LocalDate.of(2026, 10, 19));
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
	}

	@Test
	void the_year_2027_is_provisional_until_its_schedule_is_published_and_says_so() {
		assertThat(calendar.statusOf(2027)).isEqualTo(YearStatus.PROVISIONAL);
		assertThat(calendar.specialDays(2027)).isEmpty();
		assertThat(calendar.statusOf(2031)).isEqualTo(YearStatus.MISSING);
		assertThat(calendar.confirmedBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(calendar.confirmedBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 10))).isFalse();
	}

	@Test
	void an_entered_holiday_counts_at_once_and_tells_the_other_modules() {
		LocalDate monday = LocalDate.of(2099, 6, 1);
		assertThat(calendar.addWorkingDays(monday.minusDays(1), 1)).isEqualTo(monday);

		calendar.setDay(new SpecialDay(monday, DayKind.HOLIDAY, "测试节"), "admin");

		assertThat(calendar.isWorkingDay(monday)).isFalse();
		assertThat(calendar.addWorkingDays(monday.minusDays(1), 1)).isEqualTo(monday.plusDays(1));
		assertThat(events.stream(CalendarChanged.class)).contains(new CalendarChanged(2099, "admin"));

		calendar.clearDay(monday, "admin");
		assertThat(calendar.isWorkingDay(monday)).isTrue();
	}

	@Test
	void a_year_imported_from_the_notice_replaces_what_was_there_and_can_be_confirmed() {
		calendar.setDay(new SpecialDay(LocalDate.of(2098, 3, 3), DayKind.HOLIDAY, "旧的"), "admin");

		int imported = calendar.importYear(2098, "2098-01-01,放假,元旦\n2098-01-04,上班,元旦调休上班", "admin");
		calendar.confirmYear(2098, "国务院办公厅关于2098年部分节假日安排的通知", "admin");

		assertThat(imported).isEqualTo(2);
		assertThat(calendar.specialDays(2098)).extracting(SpecialDay::name).containsExactly("元旦", "元旦调休上班");
		assertThat(calendar.statusOf(2098)).isEqualTo(YearStatus.CONFIRMED);
		calendar.markProvisional(2098, "admin");
		assertThat(calendar.statusOf(2098)).isEqualTo(YearStatus.PROVISIONAL);
	}

	@Test
	void nonsense_is_refused_and_changes_nothing() {
		int before = calendar.specialDays(2097).size();

		assertThatExceptionOfType(CalendarEditRefused.class)
			.isThrownBy(() -> calendar.setDay(new SpecialDay(LocalDate.of(2097, 6, 3), DayKind.WORKDAY, "调休"), "admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("calendar.refused.weekdayWorked"));
		assertThatExceptionOfType(CalendarEditRefused.class)
			.isThrownBy(() -> calendar.importYear(2097, "2097-01-01,放假,元旦\n2096-12-31,放假,跨年", "admin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("calendar.refused.outsideYear"));
		assertThat(calendar.specialDays(2097)).hasSize(before);
	}

}
