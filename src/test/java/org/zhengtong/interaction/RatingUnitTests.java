package org.zhengtong.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The five 好差评 levels (国办发〔2019〕51号) and the 评议 figures: 不满意 and 非常不满意 are the 差评; 满意率
 * counts 基本满意 as satisfied.
 */
class RatingUnitTests {

	@Test
	void only_dissatisfied_and_very_dissatisfied_are_poor_ratings() {
		assertThat(RatingLevel.values()).filteredOn(RatingLevel::bad)
			.containsExactly(RatingLevel.DISSATISFIED, RatingLevel.VERY_DISSATISFIED);
		assertThat(RatingLevel.of(5)).isEqualTo(RatingLevel.VERY_SATISFIED);
		assertThat(RatingLevel.of(3)).isEqualTo(RatingLevel.BASICALLY_SATISFIED);
		assertThatIllegalArgumentException().isThrownBy(() -> RatingLevel.of(0));
		assertThat(RatingLevel.parse("SATISFIED")).contains(RatingLevel.SATISFIED);
		assertThat(RatingLevel.parse("satisfied")).isEmpty();
	}

	@Test
	void satisfaction_counts_fairly_satisfied_and_rounds_to_one_decimal() {
		Satisfaction figures = new Satisfaction("u", "秦川市教育局", 1, 0, 1, 1, 0, 0);
		assertThat(figures.total()).isEqualTo(3);
		assertThat(figures.bad()).isEqualTo(1);
		assertThat(figures.satisfiedPercent()).isEqualByComparingTo(new BigDecimal("66.7"));
		assertThat(new Satisfaction("u", "x", 0, 0, 0, 0, 0, 0).satisfiedPercent()).isEqualByComparingTo("0");
		assertThat(new Satisfaction("u", "x", 2, 0, 0, 0, 0, 0).satisfiedPercent().toPlainString()).isEqualTo("100.0");
	}

	@Test
	void a_comment_is_optional_and_bounded() {
		RatedSubject subject = new RatedSubject("interaction.request", "1");
		assertThat(new GiveRating(subject, RatingLevel.SATISFIED, "  ", "system").comment()).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new GiveRating(subject, RatingLevel.SATISFIED, "长".repeat(501), "system"));
	}

}
