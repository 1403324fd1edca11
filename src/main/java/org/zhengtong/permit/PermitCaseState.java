package org.zhengtong.permit;

/**
 * A permit case's states (办件状态). DRAFT is the applicant's unsent form; from SUBMITTED the
 * case is on the case-work core. A refusal (不予许可) or an approval without a licence goes
 * from REVIEWED to CLOSED at the decision; an approval with a licence waits in DECIDED
 * for the licence (art. 44: within 10 working days).
 */
public enum PermitCaseState {

	/** 草稿: saved by the applicant, not sent. */
	DRAFT,
	/** 待受理: received, waiting for 受理 (art. 32: 5 working days). */
	SUBMITTED,
	/**
	 * 待补正: the 一次性告知 notice was sent; the clock stands still until the materials arrive.
	 */
	CORRECTION,
	/** 已受理 / 审查中. */
	ACCEPTED,
	/** 审查完毕, 待决定. */
	REVIEWED,
	/** 已决定 (准予), 待发证. */
	DECIDED,
	/** 办结. */
	CLOSED,
	/** 不予受理. */
	REJECTED,
	/** 已撤回 by the applicant before 受理. */
	WITHDRAWN

}
