package org.zhengtong.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * 居民身份证号 (GB 11643-1999): 17 digits (6 of region, 8 of birth date, 3 of sequence) and a
 * check character, ISO 7064 MOD 11-2, so a single mistyped digit is always caught.
 */
public record ResidentIdNumber(String value) {

	static final String KIND = "居民身份证号";

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	public ResidentIdNumber {
		value = check(value);
	}

	/**
	 * @throws IdentifierInvalid naming the first character at fault
	 */
	public static ResidentIdNumber of(String text) {
		return new ResidentIdNumber(text);
	}

	/** The check character (ISO 7064 MOD 11-2) of the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	private static String check(String text) {
		String value = text.strip().toUpperCase(Locale.ROOT);
		if (value.length() != 18) {
			throw IdentifierInvalid.length(KIND, 18, value.length());
		}
		for (int i = 0; i < 17; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				throw IdentifierInvalid.character(KIND, i + 1, c);
			}
		}
		char last = value.charAt(17);
		if ((last < '0' || last > '9') && last != 'X') {
			throw IdentifierInvalid.character(KIND, 18, last);
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
					Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
			if (born.getYear() < 1850) {
				throw IdentifierInvalid.birthDate(KIND, value.substring(6, 14));
			}
		}
		catch (DateTimeException ex) {
			throw IdentifierInvalid.birthDate(KIND, value.substring(6, 14));
		}
		char expected = checkCharacter(value.substring(0, 17));
		if (last != expected) {
			throw IdentifierInvalid.checkCharacter(KIND, 18, last, expected);
		}
		return value;
	}

	/** Shown to people who may not see the whole number: 6101**********123X. */
	public String masked() {
		return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
	}

	@Override
	public String toString() {
		return masked();
	}

}
