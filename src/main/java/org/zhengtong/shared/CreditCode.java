package org.zhengtong.shared;

import java.util.Locale;

/**
 * 统一社会信用代码 (GB 32100-2015): 17 characters from {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O,
 * Z, S or V) and a check character, MOD 31 with weights 1 3 9 27 19 26 16 17 20 29 25 13
 * 8 24 10 30 28.
 */
public record CreditCode(String value) {

	static final String KIND = "统一社会信用代码";

	static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		value = check(value);
	}

	/**
	 * @throws IdentifierInvalid naming the first character at fault
	 */
	public static CreditCode of(String text) {
		return new CreditCode(text);
	}

	/**
	 * The check character for the first 17 characters (used to make valid demonstration
	 * codes).
	 */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = CHARACTERS.indexOf(first17.charAt(i));
			if (value < 0) {
				throw IdentifierInvalid.character(KIND, i + 1, first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		return CHARACTERS.charAt((31 - sum % 31) % 31);
	}

	private static String check(String text) {
		String value = text.strip().toUpperCase(Locale.ROOT);
		if (value.length() != 18) {
			throw IdentifierInvalid.length(KIND, 18, value.length());
		}
		for (int i = 0; i < 18; i++) {
			if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
				throw IdentifierInvalid.character(KIND, i + 1, value.charAt(i));
			}
		}
		for (int i = 2; i < 8; i++) {
			if (!Character.isDigit(value.charAt(i))) {
				// Characters 3 to 8 are the 行政区划代码 of the registering authority.
				throw IdentifierInvalid.character(KIND, i + 1, value.charAt(i));
			}
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (value.charAt(17) != expected) {
			throw IdentifierInvalid.checkCharacter(KIND, 18, value.charAt(17), expected);
		}
		return value;
	}

}
