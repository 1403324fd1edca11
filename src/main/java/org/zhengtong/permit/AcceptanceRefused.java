package org.zhengtong.permit;

import org.zhengtong.shared.Refusal;

/**
 * A 受理 / 不予受理 / 补正 step the rules refuse; nothing was changed. Message keys live in
 * {@code messages/permit*.properties}.
 */
public class AcceptanceRefused extends Refusal {

	/** The key of "no such case, or not one the reader may see" (shown as 404). */
	public static final String NOT_FOUND = "permit.acceptance.refused.notFound";

	private AcceptanceRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static AcceptanceRefused of(String messageKey, Object... arguments) {
		return new AcceptanceRefused(messageKey, messageKey, arguments);
	}

	/** No such case, or not one the reader may see. */
	public static AcceptanceRefused notFound() {
		return new AcceptanceRefused(NOT_FOUND, "No such case");
	}

	/**
	 * Someone acted on the case first (two clerks at once, or an old page): who, when,
	 * and what the case is now.
	 */
	public static AcceptanceRefused alreadyHandled(String number, String who, String when, PermitCaseState now) {
		return new AcceptanceRefused("permit.acceptance.refused.handled",
				"Case " + number + " was already handled by " + who + " at " + when, number, who, when,
				new org.springframework.context.support.DefaultMessageSourceResolvable(
						"permit.acceptance.state." + now.name()));
	}

	/** 行政许可法 art. 32: one 补正 notice per case. */
	public static AcceptanceRefused secondNotice(String number, String when) {
		return new AcceptanceRefused("permit.acceptance.refused.secondNotice",
				"Art. 32: the correction notice of " + number + " was already sent on " + when, number, when);
	}

}
