package org.zhengtong.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers the captcha of a page the way a screen-reader user does: reads the text
 * question (七加五等于几？ / what is seven plus five?) and sends its sum with the form's token.
 * For tests and benchmarks that post public forms without a browser.
 */
public final class CaptchaAnswers {

	private static final Pattern TOKEN = Pattern.compile("name=\"captchaToken\" value=\"([^\"]+)\"");

	private static final Pattern QUESTION = Pattern.compile("id=\"captcha-question\"[^>]*>\\s*([^<]+)<");

	private static final List<String> ENGLISH = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
			"nine");

	private CaptchaAnswers() {
	}

	/** The form's fields with the page's captcha answered rightly. */
	public static Map<String, String> with(String page, Map<String, String> form) {
		return with(page, form, null);
	}

	/**
	 * The form's fields with the page's captcha token and {@code answer}, or the right
	 * answer when {@code answer} is {@code null}.
	 */
	public static Map<String, String> with(String page, Map<String, String> form, String answer) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		fields.put("captchaToken", token(page));
		fields.put("captchaAnswer", answer != null ? answer : Integer.toString(sum(page)));
		return fields;
	}

	/** The captcha token on the page. */
	public static String token(String page) {
		Matcher token = TOKEN.matcher(page);
		if (!token.find()) {
			throw new IllegalStateException("No captcha on the page");
		}
		return token.group(1);
	}

	/** The answer to the page's text question. */
	public static int sum(String page) {
		Matcher question = QUESTION.matcher(page);
		if (!question.find()) {
			throw new IllegalStateException("No captcha question on the page");
		}
		String text = question.group(1);
		int sum = text.chars().map("一二三四五六七八九"::indexOf).filter((digit) -> digit >= 0).map((digit) -> digit + 1).sum();
		for (String word : text.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
			sum += ENGLISH.indexOf(word) + 1;
		}
		return sum;
	}

}
