package org.zhengtong.calendar.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.Pause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Counting working days on the 2026 schedule (国务院办公厅, 2025-11-04): 春节 Feb 15–23 with Feb
 * 14 and Feb 28 worked, 中秋节 Sep 25–27, 国庆节 Oct 1–7 with Sep 20 and Oct 10 worked.
 */
class WorkingDayCalendarUnitTests {

	static final WorkingDayCalendar CALENDAR_2026 = new WorkingDayCalendar(schedule2026());

	@Test
	void weekdays_work_weekends_rest_unless_the_schedule_says_otherwise() {
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 11, 24))).as("an ordinary Tuesday").isTrue();
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 11, 28))).as("an ordinary Saturday").isFalse();
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 10, 1))).as("国庆节, a Thursday").isFalse();
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 10, 10))).as("国庆节调休, a Saturday").isTrue();
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 2, 14))).as("春节调休, a Saturday").isTrue();
		assertThat(CALENDAR_2026.isWorkingDay(LocalDate.of(2026, 2, 23))).as("春节, a Monday").isFalse();
	}

	@Test
	void the_start_day_is_not_counted_civil_code_article_201() {
		// Received on Monday 23 November: one working day later is Tuesday, not Monday
		// itself.
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 11, 23), 1)).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 11, 23), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void a_period_starting_on_a_holiday_begins_on_the_first_working_day_after_it() {
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 10, 3), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 9, 30), 3)).as("Oct 8, 9 and the worked Saturday 10")
			.isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void a_disclosure_request_gets_20_working_days_across_mid_autumn_and_national_day_regulation_article_33() {
		// Received Tuesday 15 September 2026: Sunday 20 September is worked, 25–27
		// September and
		// 1–7 October are off, Saturday 10 October is worked.
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 9, 15), 20)).isEqualTo(LocalDate.of(2026, 10, 19));
	}

	@Test
	void a_worked_saturday_before_spring_festival_counts() {
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).as("then nine days off")
			.isEqualTo(LocalDate.of(2026, 2, 24));
	}

	@Test
	void paused_days_do_not_count_as_while_waiting_for_corrected_materials() {
		Pause waitingForMaterials = new Pause(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10));

		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 11, 2), 5, List.of(waitingForMaterials)))
			.isEqualTo(LocalDate.of(2026, 11, 16));
		assertThat(CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 11, 2), 5)).isEqualTo(LocalDate.of(2026, 11, 9));
	}

	@Test
	void working_days_between_count_after_the_start_up_to_and_including_the_end() {
		assertThat(CALENDAR_2026.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10)))
			.isEqualTo(3);
		assertThat(CALENDAR_2026.workingDaysBetween(LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 19)))
			.isEqualTo(20);
		assertThat(CALENDAR_2026.workingDaysBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24))).isZero();
		assertThat(CALENDAR_2026.workingDaysBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 1))).isZero();
		assertThat(CALENDAR_2026.workingDaysBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 16),
				List.of(new Pause(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 10)))))
			.isEqualTo(5);
	}

	@Test
	void periods_that_cannot_be_counted_are_refused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CALENDAR_2026.addWorkingDays(LocalDate.of(2026, 1, 5), -1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Pause(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9)));
	}

	static Map<LocalDate, DayKind> schedule2026() {
		Map<LocalDate, DayKind> days = new HashMap<>();
		off(days, "2026-01-01", "2026-01-03");
		off(days, "2026-02-15", "2026-02-23");
		off(days, "2026-04-04", "2026-04-06");
		off(days, "2026-05-01", "2026-05-05");
		off(days, "2026-06-19", "2026-06-21");
		off(days, "2026-09-25", "2026-09-27");
		off(days, "2026-10-01", "2026-10-07");
		for (String worked : List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20",
				"2026-10-10")) {
			days.put(LocalDate.parse(worked), DayKind.WORKDAY);
		}
		return days;
	}

	private static void off(Map<LocalDate, DayKind> days, String from, String to) {
		for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
			days.put(day, DayKind.HOLIDAY);
		}
	}

}
