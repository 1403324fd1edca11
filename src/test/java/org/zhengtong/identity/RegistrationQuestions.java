package org.zhengtong.identity;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration form's question as a visitor answers it, from an address of its own.
 */
final class RegistrationQuestions {

	private RegistrationQuestions() {
	}

	/** A fresh question of the form: its id and the right answer. */
	static String[] answered(MockMvcTester mvc) {
		String page = new String(mvc.get().uri("/register/citizen").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		Matcher id = Pattern.compile("name=\"questionId\" value=\"([0-9a-f-]{36})\"").matcher(page);
		Matcher sum = Pattern.compile("([0-9]) 加 ([0-9]) 等于几").matcher(page);
		assertThat(id.find() && sum.find()).as(page).isTrue();
		return new String[] { id.group(1),
				String.valueOf(Integer.parseInt(sum.group(1)) + Integer.parseInt(sum.group(2))) };
	}

	/**
	 * A documentation address (RFC 5737) of its own, so the per-address registration
	 * limit of one test does not reach another.
	 */
	static String address() {
		// From 198.18.0.0/15 (RFC 2544, benchmarking), kept for registration tests: the
		// hourly
		// limit is per address, and other tests use 198.51.100.x.
		return "198.18." + ThreadLocalRandom.current().nextInt(0, 256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
