package org.zhengtong.content;

/**
 * Where one revision of an article stands in review (撰稿 → 送审 → 退回/通过 → 定时/发布). The
 * database keeps the names as text.
 */
public enum RevisionState {

	/** Being written by its drafter. */
	DRAFT,

	/** Sent to review: waits for a reviewer of its channel. */
	SUBMITTED,

	/** Returned to its drafter with what needs changing. */
	RETURNED,

	/** Approved, waiting for its publication time. */
	SCHEDULED,

	/** What the site shows. */
	PUBLISHED,

	/** Was published, replaced by a newer revision. */
	SUPERSEDED;

	/** Whether the revision is still in work (at most one per article). */
	public boolean open() {
		return this == DRAFT || this == SUBMITTED || this == RETURNED || this == SCHEDULED;
	}

	/** Whether its drafter may still change it. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
