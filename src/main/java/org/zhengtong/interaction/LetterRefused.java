package org.zhengtong.interaction;

import org.zhengtong.shared.Refusal;

/**
 * A step on a letter the rules refuse; nothing was changed. Message keys live in
 * {@code messages/interaction*.properties}.
 */
public class LetterRefused extends Refusal {

	private LetterRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/**
	 * Not possible from where the letter stands now (someone else acted first, or the
	 * page was old).
	 * @param state the letter's state now, shown by its name
	 */
	public static LetterRefused wrongState(RequestState state) {
		return new LetterRefused("interaction.refused.wrongState", "Not possible while the letter is " + state,
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						"interaction.state." + state.name()));
	}

	/** A letter is re-opened once at most. */
	public static LetterRefused reopenedBefore() {
		return new LetterRefused("interaction.refused.reopenedBefore", "The letter was re-opened before");
	}

	/** No such letter, or not one the reader may see (shown as 404). */
	public static LetterRefused notFound() {
		return new LetterRefused("interaction.refused.notFound", "No such letter");
	}

}
