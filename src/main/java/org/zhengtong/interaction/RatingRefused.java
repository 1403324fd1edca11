package org.zhengtong.interaction;

import org.zhengtong.shared.Refusal;

/**
 * A rating or rectification step the rules refuse; nothing was changed. Message keys in
 * {@code messages/interaction*.properties}.
 */
public class RatingRefused extends Refusal {

	private RatingRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** Nobody was invited to rate this. */
	public static RatingRefused notInvited() {
		return new RatingRefused("interaction.rating.refused.notInvited", "Nothing to rate here");
	}

	/** Each service is rated once. */
	public static RatingRefused ratedBefore() {
		return new RatingRefused("interaction.rating.refused.ratedBefore", "It was rated before");
	}

	/** The period for rating (or re-opening) is over. */
	public static RatingRefused tooLate() {
		return new RatingRefused("interaction.rating.refused.tooLate", "The period for this is over");
	}

	/** The number and 查询码 do not match a letter (nothing says which was wrong). */
	public static RatingRefused codeMismatch() {
		return new RatingRefused("interaction.rating.refused.codeMismatch", "Number and query code do not match");
	}

	/** The rectification was closed before. */
	public static RatingRefused closedBefore() {
		return new RatingRefused("interaction.rating.refused.closedBefore", "The rectification was closed before");
	}

	/** No such rectification, or not one the reader's unit handles (shown as 404). */
	public static RatingRefused notFound() {
		return new RatingRefused("interaction.rating.refused.notFound", "No such rectification");
	}

}
