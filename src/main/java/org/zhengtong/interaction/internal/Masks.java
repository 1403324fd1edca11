package org.zhengtong.interaction.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How writers' personal data is shown to everyone but the receiving office and the
 * assigned handler, and how ID and phone numbers are hidden in published text.
 */
public final class Masks {

	/** 18-character resident ID numbers (GB 11643), standing alone. */
	private static final Pattern ID_NUMBER = Pattern
		.compile("(?<![0-9A-Za-z])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

	/**
	 * Mainland mobile numbers (1[3-9]x xxxx xxxx), optionally written with spaces or
	 * dashes.
	 */
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})(?!\\d)");

	/** Landlines with an area code: 029-12345678, 0755 1234 5678. */
	private static final Pattern LANDLINE = Pattern
		.compile("(?<!\\d)(0\\d{2,3})[ -]?\\d{3,4}[ -]?\\d{2}(\\d{2})(?!\\d)");

	private Masks() {
	}

	/** 王小明 → 王**, 李娜 → 李*. */
	public static @Nullable String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String trimmed = name.strip();
		int first = trimmed.codePointAt(0);
		int rest = trimmed.codePointCount(0, trimmed.length()) - 1;
		return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
	}

	/** 13900000000 → 139****0000. */
	public static @Nullable String phone(@Nullable String phone) {
		if (phone == null || phone.length() < 7) {
			return phone == null ? null : "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

	/** wangxiaoming@example.com → w***@example.com. */
	public static @Nullable String email(@Nullable String email) {
		if (email == null) {
			return null;
		}
		int at = email.indexOf('@');
		return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
	}

	/**
	 * The text with resident ID numbers and phone numbers in it masked (for the public
	 * board and anything else published).
	 */
	public static String inText(String text) {
		String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
		masked = MOBILE.matcher(masked).replaceAll("$1****$2");
		return LANDLINE.matcher(masked).replaceAll("$1-******$2");
	}

}
