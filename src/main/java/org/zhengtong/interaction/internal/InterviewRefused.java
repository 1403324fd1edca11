package org.zhengtong.interaction.internal;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.shared.Refusal;

/**
 * A step on an online interview the rules refuse; nothing was changed. Message keys live
 * in {@code messages/interaction*.properties}.
 */
public class InterviewRefused extends Refusal {

	private InterviewRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** No such interview, question or line (shown as 404). */
	public static InterviewRefused notFound() {
		return new InterviewRefused("interaction.interview.refused.notFound", "No such interview");
	}

	/**
	 * Not possible while the interview stands where it does now (someone else acted
	 * first, or the page was old).
	 */
	public static InterviewRefused wrongState(InterviewState state) {
		return new InterviewRefused("interaction.interview.refused.wrongState",
				"Not possible while the interview is " + state,
				new DefaultMessageSourceResolvable("interaction.interview.state." + state.name()));
	}

	/** The question was moderated already. */
	public static InterviewRefused questionModerated() {
		return new InterviewRefused("interaction.interview.refused.questionModerated",
				"The question was moderated already");
	}

	/** A line answers only a question shown on the page. */
	public static InterviewRefused questionNotShown() {
		return new InterviewRefused("interaction.interview.refused.questionNotShown",
				"The line can only answer an approved question of this interview");
	}

	/** The line was published already. */
	public static InterviewRefused linePublished() {
		return new InterviewRefused("interaction.interview.refused.linePublished", "The line was published already");
	}

	/** A stream is embedded only from the configured media server. */
	public static InterviewRefused mediaNotAllowed(String origin) {
		return origin.isEmpty()
				? new InterviewRefused("interaction.interview.refused.noMediaOrigin",
						"No media server is configured (zhengtong.interaction.media-origin)")
				: new InterviewRefused("interaction.interview.refused.mediaOrigin",
						"The stream must come from " + origin, origin);
	}

	/** Someone else changed it at the same moment. */
	public static InterviewRefused changedMeanwhile() {
		return new InterviewRefused("interaction.interview.refused.changedMeanwhile",
				"Someone else changed it at the same moment");
	}

}
