package org.zhengtong.permit;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.shared.Refusal;

/**
 * A 审查 / 决定 step the rules refuse; nothing was changed. Message keys live in
 * {@code messages/permit*.properties}.
 */
public class DecisionRefused extends Refusal {

	/** The key of "no such case, or not one the reader may see" (shown as 404). */
	public static final String NOT_FOUND = "permit.decision.refused.notFound";

	private DecisionRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static DecisionRefused of(String messageKey, Object... arguments) {
		return new DecisionRefused(messageKey, messageKey, arguments);
	}

	/** No such case, or not one the reader may act on. */
	public static DecisionRefused notFound() {
		return new DecisionRefused(NOT_FOUND, "No such case");
	}

	/**
	 * The case is no longer where the step starts (another leader decided first, or an
	 * old page): who acted, when, and what the case is now.
	 */
	public static DecisionRefused alreadyHandled(String number, String who, String when, PermitCaseState now) {
		return new DecisionRefused("permit.decision.refused.handled",
				"Case " + number + " was already handled by " + who + " at " + when, number, who, when,
				new DefaultMessageSourceResolvable("permit.acceptance.state." + now.name()));
	}

	/** 并联: sub-cases of these departments have not decided yet. */
	public static DecisionRefused subCasesUndecided(String departments) {
		return new DecisionRefused("permit.decision.refused.subCases", "Sub-cases undecided: " + departments,
				departments);
	}

}
