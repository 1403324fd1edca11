package org.zhengtong.identity;

import java.util.Locale;

/**
 * 口令复杂度 (等级保护 asks for complexity and regular change): at least 10 characters from at
 * least three of upper case, lower case, digits and other characters, not containing the
 * user name, not the same character over and over.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	/**
	 * @throws AccountRefused naming the first rule the password breaks
	 */
	public static void check(String username, String password) {
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			throw AccountRefused.weakPassword("tooShort");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			throw AccountRefused.weakPassword("tooSimple");
		}
		if (username.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw AccountRefused.weakPassword("containsUsername");
		}
		if (password.chars().distinct().count() < 5) {
			throw AccountRefused.weakPassword("tooRepetitive");
		}
	}

}
