package org.zhengtong.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLimitsUnitTests {

	@Test
	void a_value_within_its_limit_is_kept_as_it_is() {
		assertThat(AuditLimits.ACTOR.bound("lina")).isEqualTo("lina");
		assertThat(AuditLimits.ACTOR.bound("a".repeat(200))).isEqualTo("a".repeat(200));
		assertThat(AuditLimits.SUMMARY.bound(null)).isNull();
	}

	@Test
	void a_longer_value_is_cut_to_its_limit_and_ends_with_the_mark() {
		String cut = AuditLimits.ACTOR.bound("名".repeat(3000));
		assertThat(cut).hasSize(200).endsWith(AuditLimits.MARK).startsWith("名".repeat(199));
	}

	@Test
	void a_cut_never_splits_a_character_outside_the_basic_plane() {
		// 𠀀 (U+20000) takes two UTF-16 units: the cut falls in the middle of one.
		String cut = AuditLimits.ADDRESS.bound("𠀀".repeat(100));
		assertThat(cut).endsWith(AuditLimits.MARK).hasSizeLessThanOrEqualTo(100);
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
		assertThat(cut.codePoints().filter((c) -> c >= 0xD800 && c <= 0xDFFF)).as("no lone surrogate").isEmpty();
	}

	@Test
	void nul_characters_postgresql_cannot_store_are_replaced() {
		assertThat(AuditLimits.SUMMARY.bound("a\0b")).isEqualTo("a\uFFFDb");
	}

}
