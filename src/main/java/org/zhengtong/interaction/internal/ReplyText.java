package org.zhengtong.interaction.internal;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Fills a reply template's placeholders from the letter: {@code {编号}}, {@code {标题}},
 * {@code {来信人}} (the name the writer gave, else 来信人), {@code {来信日期}} and {@code {承办单位}}.
 * Anything else in braces stays as written.
 */
public final class ReplyText {

	/** The placeholders, as the template page lists them. */
	public static final String[] PLACEHOLDERS = { "{编号}", "{标题}", "{来信人}", "{来信日期}", "{承办单位}" };

	private ReplyText() {
	}

	static String fill(String template, Letter letter, LocalDate received, @Nullable String unitName) {
		String writer = letter.writerName() == null || letter.writerName().isBlank() ? "来信人" : letter.writerName();
		Map<String, String> values = Map.of("{编号}", letter.number(), "{标题}", letter.title(), "{来信人}", writer, "{来信日期}",
				received.toString(), "{承办单位}", unitName == null ? "" : unitName);
		String text = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace(value.getKey(), value.getValue());
		}
		return text;
	}

}
