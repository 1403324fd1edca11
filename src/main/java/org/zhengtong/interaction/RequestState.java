package org.zhengtong.interaction;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a letter (诉求) stands. The flow is 待受理 → 已受理 / 不予受理 → 已派单 → 办理中 → 答复待审 → 已答复 → 已评价
 * → 办结, with 已合并 (a duplicate), 已撤回 (by the writer before 受理) and 重办 (re-opened once by
 * the writer). A letter caught by the sensitive-word or link checks waits in 待审核
 * (SCREENING) for a moderator first: it is held, never dropped.
 */
public enum RequestState {

	/**
	 * Only the case's first moment in the core: within the submitting transaction it
	 * moves on to 待受理 or 待审核, opening the step that waits there. A letter is never stored
	 * in it.
	 */
	NEW,
	/** 待审核: held for moderation before anyone 受理s it. */
	SCREENING,
	/** 待受理. */
	SUBMITTED,
	/** 已受理: waits for 派单. */
	ACCEPTED,
	/** 不予受理 (with a reason). */
	REJECTED,
	/** 已派单: routed to a unit, nobody there has taken it yet. */
	ASSIGNED,
	/** 办理中. */
	IN_PROGRESS,
	/** 答复待审: the unit leader approves or returns the draft. */
	REPLY_REVIEW,
	/** 已答复. */
	REPLIED,
	/** 已评价. */
	RATED,
	/** 办结. */
	CLOSED,
	/** 已合并 into another letter on the same matter. */
	MERGED,
	/** 已撤回 by the writer. */
	WITHDRAWN,
	/** 重办: the writer re-opened it; its unit handles it again. */
	REOPENED;

	private static final Set<RequestState> ENDED = EnumSet.of(REJECTED, CLOSED, MERGED, WITHDRAWN);

	/** Whether nothing more happens to it. */
	public boolean ended() {
		return ENDED.contains(this);
	}

	/** Whether a unit holds it (routed and not yet answered). */
	public boolean withUnit() {
		return this == ASSIGNED || this == IN_PROGRESS || this == REPLY_REVIEW || this == REOPENED;
	}

	/** Whether the writer has an answer (the reply was sent). */
	public boolean answered() {
		return this == REPLIED || this == RATED || this == CLOSED;
	}

}
