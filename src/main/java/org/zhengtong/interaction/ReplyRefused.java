package org.zhengtong.interaction;

import org.zhengtong.shared.Refusal;

/**
 * A step of handling or replying to a letter in its unit that the rules refuse; nothing
 * was changed. Message keys live in {@code messages/interaction*.properties}.
 */
public class ReplyRefused extends Refusal {

	private ReplyRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	/** Only a handler (承办人) of the unit the letter is routed to takes and drafts it. */
	public static ReplyRefused notHandler() {
		return new ReplyRefused("interaction.reply.refused.notHandler", "Not a handler of the letter's unit");
	}

	/** Another handler of the unit took the letter; only they draft its reply. */
	public static ReplyRefused takenByOther() {
		return new ReplyRefused("interaction.reply.refused.takenByOther", "Another handler took the letter");
	}

	/** Only the unit's leaders (答复审核人) approve or return a reply. */
	public static ReplyRefused notLeader() {
		return new ReplyRefused("interaction.reply.refused.notLeader", "Not a leader of the letter's unit");
	}

	/** Whoever drafted a reply does not approve it (four eyes). */
	public static ReplyRefused ownDraft() {
		return new ReplyRefused("interaction.reply.refused.ownDraft", "One does not approve one's own draft");
	}

	/** A reply needs words, at most {@code limit} characters. */
	public static ReplyRefused text(int limit) {
		return new ReplyRefused("interaction.reply.refused.text", "A reply has 1 to " + limit + " characters", limit);
	}

	/** A returned reply says what to change. */
	public static ReplyRefused opinionRequired() {
		return new ReplyRefused("interaction.reply.refused.opinionRequired", "A return needs an opinion");
	}

	/** No such template in the unit for the letter's door. */
	public static ReplyRefused noTemplate() {
		return new ReplyRefused("interaction.reply.refused.noTemplate", "No such reply template");
	}

	/** Someone changed the letter meanwhile; the page was old. */
	public static ReplyRefused changedMeanwhile() {
		return new ReplyRefused("interaction.reply.refused.changedMeanwhile", "The letter changed meanwhile");
	}

}
