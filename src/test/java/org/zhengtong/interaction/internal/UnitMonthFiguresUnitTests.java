package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The derived figures of the statistics: 逾期 is late answers plus open letters past due,
 * 满意率 counts 非常满意, 满意 and 基本满意 among the ratings (none rated: no figure, not 0 %).
 */
class UnitMonthFiguresUnitTests {

	@Test
	void overdue_is_late_answers_plus_open_letters_past_due() {
		UnitMonthFigures figures = new UnitMonthFigures(UUID.randomUUID(), YearMonth.of(2026, 3), 10, 2, 6, 4, 2, 2, 1,
				3, 2, 1, 1);
		assertThat(figures.overdue()).isEqualTo(3);
		assertThat(figures.onTimeRate()).isEqualByComparingTo(new BigDecimal("66.7"));
	}

	@Test
	void satisfaction_is_the_share_of_good_ratings_and_absent_without_ratings() {
		assertThat(new UnitMonthFigures(null, null, 3, 0, 3, 3, 0, 0, 0, 3, 2, 1, 0).satisfaction())
			.isEqualByComparingTo(new BigDecimal("66.7"));
		assertThat(UnitMonthFigures.zero(null, null).satisfaction()).isNull();
	}

	@Test
	void totals_add_every_figure() {
		UnitMonthFigures one = new UnitMonthFigures(null, null, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
		assertThat(one.plus(one)).isEqualTo(new UnitMonthFigures(null, null, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22));
	}

}
