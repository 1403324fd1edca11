package org.zhengtong.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * GB 11643-1999 (居民身份证号) and GB 32100-2015 (统一社会信用代码), with the faulty character named.
 */
class ChineseIdentifiersUnitTests {

	@Test
	void a_resident_id_number_with_the_right_check_character_is_accepted_and_shown_masked() {
		assertThat(ResidentIdNumber.of("11010519491231002x").value()).isEqualTo("11010519491231002X");
		assertThat(ResidentIdNumber.of(" 610113198503151239 ").masked()).isEqualTo("6101**********1239");
		assertThat(ResidentIdNumber.of("610113198503151239").toString()).doesNotContain("19850315");
	}

	@Test
	void gb_11643_a_single_mistyped_digit_is_caught_by_the_check_character() {
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> ResidentIdNumber.of("610113198503151229"))
			.satisfies((invalid) -> {
				assertThat(invalid.messageKey()).isEqualTo("identifier.invalid.check");
				assertThat(invalid.arguments()).containsExactly("居民身份证号", 18, "9", "0");
			});
	}

	@Test
	void gb_11643_wrong_length_wrong_character_and_impossible_birth_dates_are_named() {
		invalid(() -> ResidentIdNumber.of("61011319850315123"), "identifier.invalid.length");
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> ResidentIdNumber.of("6101131985O3151239"))
			.satisfies((invalid) -> assertThat(invalid.arguments()).containsExactly("居民身份证号", 11, "O"));
		invalid(() -> ResidentIdNumber.of("610113198502301234"), "identifier.invalid.birthDate");
	}

	@Test
	void a_unified_social_credit_code_with_the_right_check_character_is_accepted() {
		assertThat(CreditCode.of("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
		assertThat(CreditCode.of("11610000mb12345675").value()).isEqualTo("11610000MB12345675");
		assertThat(CreditCode.checkCharacter("11610000MB1234567")).isEqualTo('5');
	}

	@Test
	void gb_32100_letters_it_leaves_out_and_a_wrong_check_character_are_named() {
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> CreditCode.of("91350100M000100Y44"))
			.satisfies((invalid) -> assertThat(invalid.arguments()).containsExactly("统一社会信用代码", 18, "4", "3"));
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> CreditCode.of("91350100I000100Y43"))
			.satisfies((invalid) -> assertThat(invalid.arguments()).containsExactly("统一社会信用代码", 9, "I"));
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(() -> CreditCode.of("9135A100M000100Y43"))
			.as("characters 3 to 8 are a region code")
			.satisfies((invalid) -> assertThat(invalid.arguments()).containsExactly("统一社会信用代码", 5, "A"));
		invalid(() -> CreditCode.of("91350100M000100Y4"), "identifier.invalid.length");
	}

	private static void invalid(Runnable parse, String key) {
		assertThatExceptionOfType(IdentifierInvalid.class).isThrownBy(parse::run)
			.satisfies((invalid) -> assertThat(invalid.messageKey()).isEqualTo(key));
	}

}
