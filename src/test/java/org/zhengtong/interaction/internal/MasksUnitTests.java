package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MasksUnitTests {

	@Test
	void people_are_shown_by_their_surname_and_the_ends_of_their_numbers() {
		assertThat(Masks.name("王小明")).isEqualTo("王**");
		assertThat(Masks.name("李娜")).isEqualTo("李*");
		assertThat(Masks.phone("13900000123")).isEqualTo("139****0123");
		assertThat(Masks.email("wangxiaoming@example.com")).isEqualTo("w***@example.com");
	}

	@Test
	void id_and_phone_numbers_in_published_text_are_hidden_and_other_numbers_kept() {
		String text = "我的身份证号610113199001011234，电话139 0000 0123，座机029-12345678，工单编号2026-000123，金额1500元。";
		String masked = Masks.inText(text);
		assertThat(masked).contains("610113********1234")
			.contains("139****0123")
			.contains("029-******78")
			.contains("2026-000123")
			.contains("1500元")
			.doesNotContain("19900101")
			.doesNotContain("0000 0123")
			.doesNotContain("12345678");
		assertThat(Masks.inText("61011319900101123X")).isEqualTo("610113********123X");
	}

}
