package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The guard's settings as an operator writes them: raising one number of a kind keeps
 * that kind's other defaults (a survey answer stays 30 per address an hour when only the
 * per-account number is set), and the public disclosure form and survey answers ask a
 * captcha unless configured otherwise.
 */
class GuardPropertiesUnitTests {

	@Test
	void setting_one_number_of_a_kind_keeps_its_other_defaults() {
		GuardProperties properties = bind(Map.of("zhengtong.interaction.guard.limits.answer.per-account", "100",
				"zhengtong.interaction.guard.limits.disclosure.window", "PT2H",
				"zhengtong.interaction.guard.limits.new-kind.per-address", "7"));

		assertThat(properties.of("answer")).isEqualTo(new GuardProperties.Limit(30, 100, Duration.ofHours(1)));
		assertThat(properties.of("disclosure")).isEqualTo(new GuardProperties.Limit(10, 10, Duration.ofHours(2)));
		assertThat(properties.of("new-kind")).as("the letter's for the rest")
			.isEqualTo(new GuardProperties.Limit(7, 5, Duration.ofHours(1)));
		assertThat(properties.of("lookup")).isEqualTo(new GuardProperties.Limit(20, 20, Duration.ofMinutes(10)));
	}

	@Test
	void anonymous_disclosure_requests_and_survey_answers_ask_a_captcha_by_default() {
		assertThat(bind(Map.of()).captchaKinds()).containsExactlyInAnyOrder("letter", "question", "disclosure",
				"answer");
	}

	private static GuardProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("zhengtong.interaction.guard",
				GuardProperties.class);
	}

}
