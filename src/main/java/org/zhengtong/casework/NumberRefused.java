package org.zhengtong.casework;

import org.zhengtong.shared.Refusal;

/**
 * A number that cannot be defined, reserved, used or voided as asked; nothing was
 * changed. The message key and arguments say why in the user's language
 * ({@code casework.numbers.refused.*}).
 */
public class NumberRefused extends Refusal {

	private NumberRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/**
	 * A pattern outside the pattern language ({@link NumberPattern}).
	 * @param problem {@code length}, {@code brace}, {@code placeholder}, {@code sequence}
	 * or {@code year}
	 */
	public static NumberRefused badPattern(String pattern, String problem) {
		return new NumberRefused("casework.numbers.refused.pattern." + problem,
				"The number pattern \"" + pattern + "\" is not valid (" + problem
						+ "): it needs exactly one {n} or {n:W} (W 1-18), at least one {year}, only the placeholders"
						+ " {prefix} {year} {n}, and at most " + NumberPattern.MAX_LENGTH + " characters",
				pattern);
	}

	public static NumberRefused prefixMissing(String pattern) {
		return new NumberRefused("casework.numbers.refused.prefixMissing",
				"The pattern \"" + pattern + "\" writes {prefix}, so the counter needs a prefix (such as 秦政办发)",
				pattern);
	}

	public static NumberRefused badScope(String scope) {
		return new NumberRefused("casework.numbers.refused.scope",
				"A counter's scope is 1 to 60 characters: \"" + scope + "\"", scope);
	}

	public static NumberRefused noCounter(String scope) {
		return new NumberRefused("casework.numbers.refused.noCounter",
				"No counter is defined for \"" + scope + "\"; define it with its pattern first", scope);
	}

	public static NumberRefused noReservation(long id) {
		return new NumberRefused("casework.numbers.refused.noReservation", "There is no reserved number " + id, id);
	}

	public static NumberRefused notReserved(String number, NumberStatus status) {
		return new NumberRefused("casework.numbers.refused.notReserved",
				"The number " + number + " is " + status + ", no longer reserved: it cannot be used or voided again",
				number, status.name());
	}

	public static NumberRefused reasonMissing(String number) {
		return new NumberRefused("casework.numbers.refused.reasonMissing",
				"Say why the number " + number + " is voided (1 to 200 characters); the register shows it", number);
	}

	public static NumberRefused recordMissing(String number) {
		return new NumberRefused("casework.numbers.refused.recordMissing",
				"Say which record the number " + number + " is used for (1 to 100 characters)", number);
	}

}
