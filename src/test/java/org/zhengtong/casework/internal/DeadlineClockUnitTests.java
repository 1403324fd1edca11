package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockRefused;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhengtong.casework.internal.ClockArithmeticUnitTests.at;

/** A clock's colours, its pauses and which published warnings it forgets. */
class DeadlineClockUnitTests {

	final ClockArithmetic arithmetic = new ClockArithmetic(CalendarStub.autumn2026(),
			ClockArithmeticUnitTests.SHANGHAI);

	DeadlineClock clock() {
		DeadlineClock clock = new DeadlineClock("test", "申请 1", Measure.WORKING_DAYS, 20, at("2026-09-18T10:00:00"),
				new BigDecimal("0.80"));
		ReflectionTestUtils.setField(clock, "id", 1L);
		clock.apply(arithmetic.work(clock.period()), at("2026-09-18T10:00:00"));
		return clock;
	}

	@Test
	void green_until_80_percent_yellow_from_then_red_only_after_the_due_day_has_ended() {
		DeadlineClock clock = clock();

		assertThat(clock.colourAt(at("2026-10-15T23:59:59"))).isEqualTo(ClockColour.GREEN);
		assertThat(clock.colourAt(at("2026-10-16T00:00:00"))).isEqualTo(ClockColour.YELLOW);
		assertThat(clock.colourAt(at("2026-10-22T23:59:59"))).isEqualTo(ClockColour.YELLOW);
		assertThat(clock.colourAt(at("2026-10-23T00:00:00"))).isEqualTo(ClockColour.RED);
	}

	@Test
	void paused_and_stopped_clocks_say_so_and_refuse_what_their_state_does_not_allow() {
		DeadlineClock clock = clock();
		clock.pause(PauseKind.CORRECTION, "补正材料", "zhaomin", at("2026-09-21T09:00:00"));

		assertThat(clock.colourAt(at("2026-10-30T00:00:00"))).isEqualTo(ClockColour.PAUSED);
		assertThatThrownBy(() -> clock.pause(PauseKind.OTHER, "again", "zhaomin", at("2026-09-22T09:00:00")))
			.isInstanceOf(ClockRefused.class)
			.hasMessageContaining("already paused");
		assertThatThrownBy(() -> clock.resume("zhaomin", at("2026-09-20T09:00:00"))).isInstanceOf(ClockRefused.class);

		clock.resume("zhaomin", at("2026-09-29T15:00:00"));
		clock.apply(arithmetic.work(clock.period()), at("2026-09-29T15:00:00"));
		assertThat(clock.dueAt()).isEqualTo(at("2026-10-29T23:59:59.999999"));
		assertThatThrownBy(() -> clock.resume("zhaomin", at("2026-09-30T09:00:00"))).isInstanceOf(ClockRefused.class)
			.hasMessageContaining("not paused");

		assertThat(clock.stop(at("2026-10-01T09:00:00"))).isTrue();
		assertThat(clock.stop(at("2026-10-02T09:00:00"))).isFalse();
		assertThat(clock.colourAt(at("2026-12-01T00:00:00"))).isEqualTo(ClockColour.STOPPED);
		assertThatThrownBy(() -> clock.pause(PauseKind.OTHER, "late", "zhaomin", at("2026-10-03T09:00:00")))
			.isInstanceOf(ClockRefused.class)
			.hasMessageContaining("stopped");
	}

	@Test
	void a_missed_clock_whose_due_day_moved_past_now_forgets_both_marks_and_one_still_late_keeps_them() {
		DeadlineClock clock = clock();
		ReflectionTestUtils.setField(clock, "approachingPublishedAt", at("2026-10-16T00:01:00"));
		ReflectionTestUtils.setField(clock, "missedPublishedAt", at("2026-10-23T00:01:00"));
		CalendarStub calendar = CalendarStub.autumn2026();
		ClockArithmetic withHoliday = new ClockArithmetic(calendar, ClockArithmeticUnitTests.SHANGHAI);

		// A holiday added on Wed 10-21 while it is 10-23 08:00: due 10-23, no longer
		// missed, but
		// still yellow (warning day 16 is now 10-16 still): the warning mark stays.
		calendar.holiday("临时假日", "2026-10-21");
		clock.apply(withHoliday.work(clock.period()), at("2026-10-23T08:00:00"));
		assertThat(clock.dueAt()).isEqualTo(at("2026-10-23T23:59:59.999999"));
		assertThat(clock.missedPublishedAt()).isNull();
		assertThat(clock.approachingPublishedAt()).isNotNull();

		// Five more holidays, 10-12 to 10-16: the warning day (16th) moves to Mon 10-26,
		// past
		// now as well, and the due day to Fri 10-30.
		ReflectionTestUtils.setField(clock, "missedPublishedAt", at("2026-10-23T00:01:00"));
		calendar.holiday("临时假日", "2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16");
		clock.apply(withHoliday.work(clock.period()), at("2026-10-23T08:00:00"));
		assertThat(clock.missedPublishedAt()).isNull();
		assertThat(clock.approachingPublishedAt()).isNull();
		assertThat(clock.dueAt().atZone(ClockArithmeticUnitTests.SHANGHAI).toLocalDate())
			.isEqualTo(LocalDate.parse("2026-10-30"));

		// A clock still late after the change keeps its mark: nobody is told twice.
		DeadlineClock late = clock();
		ReflectionTestUtils.setField(late, "missedPublishedAt", at("2026-10-23T00:01:00"));
		late.apply(withHoliday.work(late.period()), at("2026-11-30T08:00:00"));
		assertThat(late.missedPublishedAt()).isNotNull();
	}

	@Test
	void the_period_carries_the_pauses_in_order() {
		DeadlineClock clock = clock();
		clock.pause(PauseKind.CONSULTATION, "征求第三方意见", "zhaomin", at("2026-09-21T09:00:00"));
		clock.resume("zhaomin", at("2026-09-22T09:00:00"));
		clock.pause(PauseKind.CORRECTION, "补正", "zhaomin", at("2026-09-23T09:00:00"));

		assertThat(clock.period().pauses()).extracting(ClockPeriod.Stretch::kind)
			.isEqualTo(List.of(PauseKind.CONSULTATION, PauseKind.CORRECTION));
		assertThat(clock.openPause()).isPresent();
	}

}
