package org.zhengtong.notification.internal;

/**
 * What a person can be told about, with the channels it goes through unless they chose
 * otherwise: in the message centre always; by e-mail when it is addressed to them
 * personally (their article, an urge, a missed deadline, the reply to their letter); by
 * SMS for nothing unless they choose it (a writer without an account hears of their
 * letter by e-mail, else SMS, if they gave one). The texts are
 * {@code notification.<NAME>.title} and {@code .body} in the message bundle.
 */
public enum NotificationType {

	/** A reviewer returned the person's article, with a comment. */
	ARTICLE_RETURNED(new Channels(true, true, false)),

	/** A new task (待办) waits for them. */
	TASK_OPENED(new Channels(true, false, false)),

	/** Someone urged them (催办) on an open task. */
	TASK_URGED(new Channels(true, true, false)),

	/** The deadline of a task they may act on is near. */
	DEADLINE_APPROACHING(new Channels(true, false, false)),

	/** The deadline of a task they may act on has passed. */
	DEADLINE_MISSED(new Channels(true, true, false)),

	/** Their letter (诉求) arrived: its number. */
	LETTER_RECEIVED(new Channels(true, false, false)),

	/** Their letter was routed (派单) to the unit that answers it. */
	LETTER_ASSIGNED(new Channels(true, false, false)),

	/** Their letter was answered. */
	LETTER_REPLIED(new Channels(true, true, false)),

	/** 催办: the reply to a letter of their unit is due soon. */
	LETTER_DUE_SOON(new Channels(true, true, false)),

	/** 催办: the reply to a letter of their unit is overdue. */
	LETTER_OVERDUE(new Channels(true, true, false)),

	/** The writer rated their unit's reply. */
	LETTER_RATED(new Channels(true, false, false)),

	/** A letter of their unit was marked for 督办. */
	LETTER_ESCALATED(new Channels(true, true, false)),

	/** 不予受理: the office refused to take their letter on, with the reason. */
	LETTER_REJECTED(new Channels(true, true, false)),

	/** 补正告知: their disclosure request must be corrected (what, and by when). */
	DISCLOSURE_CORRECTION(new Channels(true, true, false)),

	/** 延期答复: the answer to their disclosure request is due later (when, and why). */
	DISCLOSURE_EXTENDED(new Channels(true, true, false)),

	/** Their disclosure request was answered (how). */
	DISCLOSURE_ANSWERED(new Channels(true, true, false)),

	/** The 答复书 of their disclosure request was sealed and can be downloaded. */
	DISCLOSURE_LETTER_SEALED(new Channels(true, true, false)),

	/**
	 * 一次性告知补正: their permit application lacks materials (the list, each with why).
	 */
	PERMIT_CORRECTION(new Channels(true, true, false)),

	/**
	 * A written notice of their permit case (受理, 延期, 决定…) was sealed and can be
	 * downloaded.
	 */
	PERMIT_NOTICE(new Channels(true, true, false));

	private final Channels defaults;

	NotificationType(Channels defaults) {
		this.defaults = defaults;
	}

	public Channels defaults() {
		return defaults;
	}

	/** The type's name as the preferences page shows it. */
	public String nameKey() {
		return "notification.type." + name();
	}

	String titleKey() {
		return "notification." + name() + ".title";
	}

	String bodyKey() {
		return "notification." + name() + ".body";
	}

}
