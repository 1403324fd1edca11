package org.zhengtong.calendar.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.zhengtong.calendar.CalendarEditRefused;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SpecialDayLinesUnitTests {

	@Test
	void reads_the_lines_an_administrator_pastes_with_either_comma() {
		String pasted = """
				# 2027 年部分节假日安排
				2027-01-01,放假,元旦
				2027-02-06，上班，春节调休上班

				2027-02-07 , 休 , 春节
				""";

		assertThat(SpecialDayLines.parse(pasted)).containsExactly(
				new SpecialDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
				new SpecialDay(LocalDate.of(2027, 2, 6), DayKind.WORKDAY, "春节调休上班"),
				new SpecialDay(LocalDate.of(2027, 2, 7), DayKind.HOLIDAY, "春节"));
	}

	@Test
	void a_bad_line_is_named_by_its_number() {
		assertThatExceptionOfType(CalendarEditRefused.class)
			.isThrownBy(() -> SpecialDayLines.parse("2027-01-01,放假,元旦\n2027-13-01,放假,元旦"))
			.satisfies((refused) -> {
				assertThat(refused.messageKey()).isEqualTo("calendar.refused.badLine");
				assertThat(refused.arguments()).containsExactly(2, "2027-13-01,放假,元旦");
			});
		assertThatExceptionOfType(CalendarEditRefused.class)
			.isThrownBy(() -> SpecialDayLines.parse("2027-01-01,假日,元旦"));
		assertThatExceptionOfType(CalendarEditRefused.class).isThrownBy(() -> SpecialDayLines.parse("2027-01-01,放假"));
	}

}
