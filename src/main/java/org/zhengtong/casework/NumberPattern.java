package org.zhengtong.casework;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a counter's numbers are written: literal text with placeholders in braces.
 * <ul>
 * <li>{@code {prefix}}: the counter's prefix, such as the 机关代字 {@code 秦政办发};</li>
 * <li>{@code {year}}: the year, four digits;</li>
 * <li>{@code {n}}: the sequence number without leading zeros (发文字号 have none, GB/T
 * 9704-2012);</li>
 * <li>{@code {n:W}}: the sequence number padded with zeros to W digits (1–18); a larger
 * number is written in full, never cut;</li>
 * <li>{@code {{} and {@code }}}: a literal brace.</li>
 * </ul>
 * A pattern has exactly one {@code {n}} and at least one {@code {year}} (the sequence
 * restarts every year, so the year keeps numbers unique), at most 100 characters. So
 * {@code {prefix}〔{year}〕{n}号} writes {@code 秦政办发〔2026〕12号} and {@code {year}-{n:7}}
 * writes {@code 2026-0001234}. Any other text, the fullwidth brackets 〔〕 included, is
 * written as it stands.
 *
 * @param text the pattern as defined
 */
public record NumberPattern(String text) {

	/** The longest pattern accepted. */
	public static final int MAX_LENGTH = 100;

	private sealed interface Part permits Literal, Prefix, Year, Sequence {

	}

	private record Literal(String text) implements Part {
	}

	private record Prefix() implements Part {
	}

	private record Year() implements Part {
	}

	private record Sequence(int width) implements Part {
	}

	/**
	 * Checks a pattern.
	 * @throws NumberRefused when the pattern is not in the language above
	 */
	public NumberPattern {
		parse(text);
	}

	/** Whether the pattern writes the counter's prefix (which must then be given). */
	public boolean usesPrefix() {
		return parse(text).stream().anyMatch(Prefix.class::isInstance);
	}

	/**
	 * Writes one number.
	 * @param prefix the counter's prefix; required when the pattern uses it
	 * @param year the year the sequence belongs to
	 * @param sequence the number in that year, from 1
	 */
	public String format(@Nullable String prefix, int year, long sequence) {
		if (sequence < 1) {
			throw new IllegalArgumentException("Sequence numbers start at 1: " + sequence);
		}
		StringBuilder out = new StringBuilder();
		for (Part part : parse(text)) {
			if (part instanceof Literal literal) {
				out.append(literal.text());
			}
			else if (part instanceof Prefix) {
				if (prefix == null || prefix.isBlank()) {
					throw NumberRefused.prefixMissing(text);
				}
				out.append(prefix);
			}
			else if (part instanceof Year) {
				out.append(String.format("%04d", year));
			}
			else if (part instanceof Sequence sequencePart) {
				String digits = Long.toString(sequence);
				out.append("0".repeat(Math.max(0, sequencePart.width() - digits.length()))).append(digits);
			}
		}
		return out.toString();
	}

	private static List<Part> parse(String text) {
		if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
			throw NumberRefused.badPattern(String.valueOf(text), "length");
		}
		List<Part> parts = new ArrayList<>();
		StringBuilder literal = new StringBuilder();
		int sequences = 0;
		int years = 0;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				literal.append('{');
				i += 2;
			}
			else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
				literal.append('}');
				i += 2;
			}
			else if (c == '}') {
				throw NumberRefused.badPattern(text, "brace");
			}
			else if (c == '{') {
				int end = text.indexOf('}', i);
				if (end < 0) {
					throw NumberRefused.badPattern(text, "brace");
				}
				if (!literal.isEmpty()) {
					parts.add(new Literal(literal.toString()));
					literal.setLength(0);
				}
				Part placeholder = placeholder(text, text.substring(i + 1, end));
				if (placeholder instanceof Sequence) {
					sequences++;
				}
				if (placeholder instanceof Year) {
					years++;
				}
				parts.add(placeholder);
				i = end + 1;
			}
			else {
				literal.append(c);
				i++;
			}
		}
		if (!literal.isEmpty()) {
			parts.add(new Literal(literal.toString()));
		}
		if (sequences != 1) {
			throw NumberRefused.badPattern(text, "sequence");
		}
		if (years == 0) {
			throw NumberRefused.badPattern(text, "year");
		}
		return parts;
	}

	private static Part placeholder(String pattern, String name) {
		switch (name) {
			case "prefix":
				return new Prefix();
			case "year":
				return new Year();
			case "n":
				return new Sequence(0);
			default:
				if (name.matches("n:[0-9]{1,2}")) {
					int width = Integer.parseInt(name.substring(2));
					if (width >= 1 && width <= 18) {
						return new Sequence(width);
					}
				}
				throw NumberRefused.badPattern(pattern, "placeholder");
		}
	}

	@Override
	public String toString() {
		return text;
	}

}
