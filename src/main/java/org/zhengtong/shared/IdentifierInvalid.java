package org.zhengtong.shared;

/**
 * An identifier that breaks its standard, naming the character at fault: position
 * (1-based) and what is wrong with it ({@code identifier.invalid.*}).
 */
public class IdentifierInvalid extends Refusal {

	private IdentifierInvalid(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static IdentifierInvalid length(String kind, int expected, int actual) {
		return new IdentifierInvalid("identifier.invalid.length",
				kind + " has " + actual + " characters, not " + expected, kind, expected, actual);
	}

	public static IdentifierInvalid character(String kind, int position, char found) {
		return new IdentifierInvalid("identifier.invalid.character",
				kind + ": character " + position + " (" + found + ") is not allowed there", kind, position,
				String.valueOf(found));
	}

	public static IdentifierInvalid checkCharacter(String kind, int position, char found, char expected) {
		return new IdentifierInvalid("identifier.invalid.check",
				kind + ": the check character " + position + " is " + found + ", it should be " + expected
						+ " — another character was probably mistyped",
				kind, position, String.valueOf(found), String.valueOf(expected));
	}

	public static IdentifierInvalid birthDate(String kind, String digits) {
		return new IdentifierInvalid("identifier.invalid.birthDate",
				kind + ": characters 7 to 14 (" + digits + ") are not a possible birth date", kind, digits);
	}

}
