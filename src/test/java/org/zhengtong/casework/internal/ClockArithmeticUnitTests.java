package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhengtong.casework.ClockView.Line;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;
import org.zhengtong.casework.internal.ClockPeriod.Stretch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counting rules of the deadline clocks on a calendar stub holding the autumn of 2026
 * (中秋节 09-25–27, 国庆节 10-01–07, 调休上班 Sun 09-20 and Sat 10-10).
 */
class ClockArithmeticUnitTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final BigDecimal EIGHTY = new BigDecimal("0.80");

	final ClockArithmetic arithmetic = new ClockArithmetic(CalendarStub.autumn2026(), SHANGHAI);

	static Instant at(String local) {
		return OffsetDateTime.parse(local + "+08:00").toInstant();
	}

	static ClockPeriod period(Measure measure, int amount, String start, Stretch... pauses) {
		return new ClockPeriod(measure, amount, at(start), EIGHTY, List.of(pauses));
	}

	static Stretch correction(String from, String to) {
		return new Stretch(PauseKind.CORRECTION, at(from), at(to));
	}

	@Test
	void twenty_working_days_from_18_september_end_at_the_close_of_22_october_under_civil_code_art_201() {
		// Not counted: Fri 09-18 (start day), Sat 09-19, 中秋节 09-25–27, 国庆节 10-01–07, Sun
		// 10-11,
		// 10-17–18. Counted: Sun 09-20 (调休), 09-21–24, 09-28–30, 10-08–09, Sat 10-10
		// (调休),
		// 10-12–16, 10-19–22 = 1 + 4 + 3 + 2 + 1 + 5 + 4 = 20.
		WorkedOut worked = arithmetic.work(period(Measure.WORKING_DAYS, 20, "2026-09-18T10:00:00"));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
		assertThat(worked.dueAt()).isEqualTo(at("2026-10-22T23:59:59.999999"));
		// ceil(0.8 × 20) = 16: day 16 is Fri 10-16, yellow from its start.
		assertThat(worked.warnAt()).isEqualTo(at("2026-10-16T00:00:00"));
		assertThat(worked.provisional()).isFalse();
		assertThat(worked.explanation()).containsExactly(
				Line.of("casework.clock.explain.start.WORKING_DAYS", 20, "2026-09-18"),
				Line.of("casework.clock.explain.first", "2026-09-20"), Line.of("casework.clock.explain.weekends", 4),
				Line.of("casework.clock.explain.holiday", "中秋节", "2026-09-25", "2026-09-27", 3),
				Line.of("casework.clock.explain.holiday", "国庆节", "2026-10-01", "2026-10-07", 7),
				Line.of("casework.clock.explain.workday", "2026-09-20", "国庆节调休上班"),
				Line.of("casework.clock.explain.workday", "2026-10-10", "国庆节调休上班"),
				Line.of("casework.clock.explain.due.WORKING_DAYS", 20, "2026-10-22"),
				Line.of("casework.clock.explain.warn.WORKING_DAYS", 80, 16, "2026-10-16"));
	}

	@Test
	void a_pause_of_five_working_days_moves_the_due_day_by_five_working_days() {
		// Paused Mon 09-21, resumed Tue 09-29: 09-21 itself counts (the clock ran that
		// day),
		// 09-22–29 do not, and of those 09-22, 23, 24, 28, 29 are working days: 5.
		// Counting
		// again: 09-20 (1), 09-21 (2), 09-30 (3), 10-08 (4), 10-09 (5), 10-10 (6),
		// 10-12–16
		// (7–11), 10-19–23 (12–16), 10-26–29 (17–20) → Thu 10-29, five working days after
		// 10-22 (10-23, 26, 27, 28, 29).
		WorkedOut worked = arithmetic.work(period(Measure.WORKING_DAYS, 20, "2026-09-18T10:00:00",
				correction("2026-09-21T09:00:00", "2026-09-29T15:00:00")));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-10-29"));
		assertThat(worked.warnAt()).isEqualTo(at("2026-10-23T00:00:00"));
		assertThat(worked.explanation()).contains(Line.of("casework.clock.explain.pause.WORKING_DAYS",
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						"casework.clock.pause.CORRECTION"),
				"2026-09-21", "2026-09-29", 5));
	}

	@Test
	void a_pause_that_starts_and_ends_on_one_day_keeps_no_day_out() {
		WorkedOut worked = arithmetic.work(period(Measure.WORKING_DAYS, 20, "2026-09-18T10:00:00",
				correction("2026-09-21T09:00:00", "2026-09-21T16:00:00")));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
	}

	@Test
	void an_open_pause_keeps_the_dates_until_it_ends() {
		WorkedOut worked = arithmetic.work(period(Measure.WORKING_DAYS, 20, "2026-09-18T10:00:00",
				new Stretch(PauseKind.CONSULTATION, at("2026-09-21T09:00:00"), null)));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
		assertThat(worked.explanation()).extracting(Line::key).contains("casework.clock.explain.paused");
	}

	@Test
	void calendar_days_count_holidays_and_weekends_but_not_the_start_day_or_pauses() {
		WorkedOut plain = arithmetic.work(period(Measure.CALENDAR_DAYS, 10, "2026-09-30T10:00:00"));
		// Paused Fri 10-02, resumed Sun 10-04: 10-03 and 10-04 are kept out.
		WorkedOut paused = arithmetic.work(period(Measure.CALENDAR_DAYS, 10, "2026-09-30T10:00:00",
				correction("2026-10-02T09:00:00", "2026-10-04T09:00:00")));

		assertThat(plain.dueDay()).isEqualTo(LocalDate.parse("2026-10-10"));
		assertThat(plain.warnAt()).isEqualTo(at("2026-10-08T00:00:00"));
		assertThat(paused.dueDay()).isEqualTo(LocalDate.parse("2026-10-12"));
		assertThat(plain.explanation()).extracting(Line::key).doesNotContain("casework.clock.explain.holiday");
	}

	@Test
	void hours_end_at_the_exact_instant_and_stand_still_exactly_as_long_as_a_pause() {
		WorkedOut plain = arithmetic.work(period(Measure.HOURS, 24, "2026-09-30T10:00:00"));
		WorkedOut paused = arithmetic.work(period(Measure.HOURS, 24, "2026-09-30T10:00:00",
				correction("2026-09-30T12:00:00", "2026-09-30T14:00:00")));

		assertThat(plain.dueAt()).isEqualTo(at("2026-10-01T10:00:00"));
		// 80 % of 24 hours = 19 h 12 min.
		assertThat(plain.warnAt()).isEqualTo(at("2026-10-01T05:12:00"));
		assertThat(paused.dueAt()).isEqualTo(at("2026-10-01T12:00:00"));
		assertThat(paused.warnAt()).isEqualTo(at("2026-10-01T07:12:00"));
		assertThat(plain.provisional()).isFalse();
	}

	@Test
	void a_period_reaching_into_a_year_not_yet_published_is_provisional_and_says_so() {
		WorkedOut worked = arithmetic.work(period(Measure.WORKING_DAYS, 20, "2026-12-18T10:00:00"));

		assertThat(worked.provisional()).isTrue();
		assertThat(worked.explanation()).contains(Line.of("casework.clock.explain.provisional", "2027"));
	}

	@Test
	void the_warning_comes_after_the_share_rounded_up_and_never_after_the_last_day() {
		assertThat(ClockArithmetic.warnAfter(EIGHTY, 20)).isEqualTo(16);
		assertThat(ClockArithmetic.warnAfter(EIGHTY, 3)).isEqualTo(3);
		assertThat(ClockArithmetic.warnAfter(new BigDecimal("0.50"), 7)).isEqualTo(4);
		assertThat(ClockArithmetic.warnAfter(new BigDecimal("0.01"), 5)).isEqualTo(1);
		assertThat(ClockArithmetic.warnAfter(BigDecimal.ONE, 5)).isEqualTo(5);
	}

	@Test
	void an_extension_of_twenty_working_days_counts_forty_from_the_start_and_says_so() {
		// 政府信息公开条例 art. 33: 20 working days, extended once by at most 20. Day 20 is
		// Thu 10-22 (above); 20 more: 10-23, 10-26–30 (6), 11-02–06 (11), 11-09–13 (16),
		// 11-16–19 (20) → Thu 11-19. Yellow from day ceil(0.8 × 40) = 32: 10-22 + 12 =
		// Mon
		// 11-09.
		WorkedOut worked = arithmetic.work(new ClockPeriod(Measure.WORKING_DAYS, 20, at("2026-09-18T10:00:00"), EIGHTY,
				List.of(), 20, "需征求多个部门意见"));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-11-19"));
		assertThat(worked.warnAt()).isEqualTo(at("2026-11-09T00:00:00"));
		assertThat(worked.explanation())
			.startsWith(Line.of("casework.clock.explain.start.WORKING_DAYS", 20, "2026-09-18"),
					Line.of("casework.clock.explain.extended.WORKING_DAYS", 20, "需征求多个部门意见", 40))
			.contains(Line.of("casework.clock.explain.due.WORKING_DAYS", 40, "2026-11-19"));
	}

	@Test
	void an_extension_after_a_pause_adds_to_the_moved_due_day() {
		// The five-day 补正 pause above moves day 20 to 10-29; five more working days:
		// 10-30, 11-02, 11-03, 11-04, 11-05.
		WorkedOut worked = arithmetic.work(new ClockPeriod(Measure.WORKING_DAYS, 20, at("2026-09-18T10:00:00"), EIGHTY,
				List.of(correction("2026-09-21T09:00:00", "2026-09-29T15:00:00")), 5, "理由"));

		assertThat(worked.dueDay()).isEqualTo(LocalDate.parse("2026-11-05"));
	}

}
