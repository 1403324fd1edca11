package org.zhengtong.casework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The pattern language of numbers: 发文字号 as GB/T 9704-2012 writes them (fullwidth
 * hexagonal brackets 〔〕, no leading zeros) and zero-padded case numbers.
 */
class NumberPatternUnitTests {

	@Test
	void a_document_number_has_the_issuing_code_the_year_in_hexagonal_brackets_and_no_leading_zeros() {
		NumberPattern pattern = new NumberPattern("{prefix}〔{year}〕{n}号");

		assertThat(pattern.format("秦政办发", 2026, 12)).isEqualTo("秦政办发〔2026〕12号");
		assertThat(pattern.format("秦政发", 2026, 7)).isEqualTo("秦政发〔2026〕7号");
		assertThat(pattern.format("秦政发", 2026, 1234)).isEqualTo("秦政发〔2026〕1234号");
	}

	@Test
	void a_case_number_is_padded_with_zeros_to_its_width_and_written_in_full_beyond_it() {
		NumberPattern pattern = new NumberPattern("{year}-{n:7}");

		assertThat(pattern.format(null, 2026, 1234)).isEqualTo("2026-0001234");
		assertThat(pattern.format(null, 2026, 1)).isEqualTo("2026-0000001");
		assertThat(pattern.format(null, 2026, 9_999_999)).isEqualTo("2026-9999999");
		assertThat(pattern.format(null, 2026, 12_345_678)).as("never cut").isEqualTo("2026-12345678");
	}

	@Test
	void literal_text_and_doubled_braces_are_written_as_they_stand() {
		NumberPattern pattern = new NumberPattern("ZX{{{year}}}第{n:3}号");

		assertThat(pattern.format(null, 2027, 5)).isEqualTo("ZX{2027}第005号");
	}

	@Test
	void a_pattern_without_a_sequence_number_or_with_two_is_refused() {
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> new NumberPattern("{prefix}〔{year}〕号"))
			.satisfies((refused) -> assertThat(refused.messageKey())
				.isEqualTo("casework.numbers.refused.pattern.sequence"));
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> new NumberPattern("{year}-{n}-{n:3}"))
			.satisfies((refused) -> assertThat(refused.messageKey())
				.isEqualTo("casework.numbers.refused.pattern.sequence"));
	}

	@Test
	void a_pattern_without_the_year_is_refused_because_the_sequence_restarts_every_year() {
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> new NumberPattern("{prefix}{n}号"))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.pattern.year"));
	}

	@Test
	void unknown_placeholders_widths_out_of_range_and_unpaired_braces_are_refused() {
		for (String bad : new String[] { "{year}-{nn}", "{year}-{n:0}", "{year}-{n:19}", "{year}-{n:x}", "{year}-{n",
				"{year}}-{n}", "{month}{year}{n}" }) {
			assertThatExceptionOfType(NumberRefused.class).as(bad).isThrownBy(() -> new NumberPattern(bad));
		}
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> new NumberPattern(""));
		assertThatExceptionOfType(NumberRefused.class)
			.isThrownBy(() -> new NumberPattern("{year}{n}" + "号".repeat(NumberPattern.MAX_LENGTH)));
	}

	@Test
	void a_pattern_writing_the_prefix_needs_one() {
		NumberPattern pattern = new NumberPattern("{prefix}〔{year}〕{n}号");

		assertThat(pattern.usesPrefix()).isTrue();
		assertThat(new NumberPattern("{year}-{n:7}").usesPrefix()).isFalse();
		assertThatExceptionOfType(NumberRefused.class).isThrownBy(() -> pattern.format(" ", 2026, 1))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("casework.numbers.refused.prefixMissing"));
	}

}
