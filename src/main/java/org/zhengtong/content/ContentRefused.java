package org.zhengtong.content;

import org.zhengtong.shared.Refusal;

/** A content change the rules refuse; nothing was changed. */
public class ContentRefused extends Refusal {

	private ContentRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static ContentRefused titleMissing() {
		return new ContentRefused("content.refused.titleMissing", "An article needs a title");
	}

	public static ContentRefused tooLong(String field, int most) {
		return new ContentRefused("content.refused.tooLong", field + " is longer than " + most, field, most);
	}

	public static ContentRefused notDraftable(String channel) {
		return new ContentRefused("content.refused.notDraftable", "You may not draft in " + channel, channel);
	}

	public static ContentRefused notReviewable(String channel) {
		return new ContentRefused("content.refused.notReviewable", "You may not review in " + channel, channel);
	}

	public static ContentRefused ownDraft() {
		return new ContentRefused("content.refused.ownDraft", "Nobody reviews their own draft");
	}

	public static ContentRefused wrongState(String state) {
		return new ContentRefused("content.refused.wrongState", "Not possible while the revision is " + state, state);
	}

	/** The step is not possible from where the article or revision stands. */
	public static ContentRefused wrongState(Enum<?> state) {
		return wrongState(state.name());
	}

	/**
	 * Another reviewer decided the revision first (two at once, or a page opened before
	 * the decision): this decision was not taken.
	 */
	public static ContentRefused alreadyDecided(String reviewer) {
		return new ContentRefused("content.refused.alreadyDecided", "Already decided by " + reviewer, reviewer);
	}

	public static ContentRefused commentMissing() {
		return new ContentRefused("content.refused.commentMissing", "Say what needs changing");
	}

	public static ContentRefused openRevision() {
		return new ContentRefused("content.refused.openRevision",
				"This article already has a revision waiting; finish that one first");
	}

	public static ContentRefused badSlug(String slug) {
		return new ContentRefused("content.refused.badSlug", slug + " is not a channel address", slug);
	}

	public static ContentRefused slugTaken(String path) {
		return new ContentRefused("content.refused.slugTaken", path + " is already a channel", path);
	}

	public static ContentRefused notArticles(String channel) {
		return new ContentRefused("content.refused.notArticles", channel + " does not hold articles", channel);
	}

	public static ContentRefused badLink() {
		return new ContentRefused("content.refused.badLink", "A link channel needs an http(s) address");
	}

	public static ContentRefused nameMissing() {
		return new ContentRefused("content.refused.nameMissing", "A channel needs a name of 1 to 40 characters");
	}

	public static ContentRefused unknownAccount(String username) {
		return new ContentRefused("content.refused.unknownAccount", "No staff account " + username, username);
	}

	public static ContentRefused disclosureMissing() {
		return new ContentRefused("content.refused.disclosureMissing",
				"An item of a disclosure channel needs its catalogue elements");
	}

	public static ContentRefused disclosureUnit() {
		return new ContentRefused("content.refused.disclosureUnit",
				"The publishing unit must be an active unit with a unified social credit code");
	}

	public static ContentRefused documentNumber(String number) {
		return new ContentRefused("content.refused.documentNumber", number + " is not a document number", number);
	}

	public static ContentRefused writtenInFuture() {
		return new ContentRefused("content.refused.writtenInFuture", "The date written cannot be in the future");
	}

	public static ContentRefused interpretsMissing() {
		return new ContentRefused("content.refused.interpretsMissing",
				"An interpretation names a published policy of the same site");
	}

	public static ContentRefused badDate(String value) {
		return new ContentRefused("content.refused.badDate", value + " is not a date", value);
	}

	public static ContentRefused validityInFuture() {
		return new ContentRefused("content.refused.validityInFuture", "The day cannot be in the future");
	}

	public static ContentRefused tags(int most, int longest) {
		return new ContentRefused("content.refused.tags", "At most " + most + " tags of " + longest + " characters",
				most, longest);
	}

	public static ContentRefused relatedLink(String line) {
		return new ContentRefused("content.refused.relatedLink", "Not a related link: " + line, line);
	}

	public static ContentRefused notYourDraft(String drafter) {
		return new ContentRefused("content.refused.notYourDraft", "Only " + drafter + " changes this draft", drafter);
	}

	public static ContentRefused noDocuments(String skipped) {
		return new ContentRefused("content.refused.noDocuments", "No .docx or .ofd file among: " + skipped, skipped);
	}

	public static ContentRefused tooManyDocuments(int chosen, int most) {
		return new ContentRefused("content.refused.tooManyDocuments", chosen + " files chosen, at most " + most, chosen,
				most);
	}

	public static ContentRefused notAnImage() {
		return new ContentRefused("content.refused.notAnImage", "Only an image of this revision can be its cover");
	}

	public static ContentRefused notImportable(String channel) {
		return new ContentRefused("content.refused.notImportable", "Cannot import into " + channel, channel);
	}

	public static ContentRefused notMovable(String channel) {
		return new ContentRefused("content.refused.notMovable", "Cannot move to " + channel, channel);
	}

	public static ContentRefused notInFuture() {
		return new ContentRefused("content.refused.notInFuture", "The time must be later than now");
	}

	public static ContentRefused badTime(String value) {
		return new ContentRefused("content.refused.badTime", "Not a date and time: " + value, value);
	}

	/** A channel that still holds articles is not removed: they would lose their page. */
	public static ContentRefused channelNotEmpty(String channel, long articles) {
		return new ContentRefused("content.refused.channelNotEmpty",
				channel + " holds " + articles + " articles; move or withdraw them first", channel, articles);
	}

	/** A channel with channels below it is not removed. */
	public static ContentRefused channelHasChildren(String channel, long children) {
		return new ContentRefused("content.refused.channelHasChildren",
				channel + " has " + children + " channels below it", channel, children);
	}

	/** A channel cannot go under itself or a channel below it. */
	public static ContentRefused moveUnderOwn(String channel, String target) {
		return new ContentRefused("content.refused.moveUnderOwn", channel + " cannot go under " + target, channel,
				target);
	}

	/** Someone else changed the channel since the form was opened. */
	public static ContentRefused channelChanged(String channel) {
		return new ContentRefused("content.refused.channelChanged",
				channel + " was changed meanwhile; look at it again", channel);
	}

	/** A desk search from a day after the day it runs to. */
	public static ContentRefused datesReversed(java.time.LocalDate from, java.time.LocalDate to) {
		return new ContentRefused("content.refused.datesReversed", "From " + from + " is after to " + to,
				from.toString(), to.toString());
	}

}
