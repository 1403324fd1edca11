package org.zhengtong.interaction.internal;

/**
 * Where a disclosure request (依申请公开) stands. A request is received (办理中), may wait for
 * the applicant's 补正 (art. 30), for a third party's opinion (art. 33) or for the head of
 * the office to approve an extension (art. 33), and ends answered (art. 36) or, when the
 * applicant did not correct it in the period given, lapsed (art. 30: 视为放弃申请).
 */
public enum DisclosureState {

	/** Only the case's first moment in the core; a request is never stored in it. */
	NEW,
	/** 办理中. */
	RECEIVED,
	/** 待补正: the notice was sent, the applicant's correction is awaited. */
	CORRECTION,
	/** 征求第三方意见: the reply clock stands still. */
	CONSULTING,
	/** 延期待审批. */
	EXTENSION_REVIEW,
	/** 已答复. */
	ANSWERED,
	/** 视为放弃: not corrected within the period. */
	LAPSED;

	public boolean ended() {
		return this == ANSWERED || this == LAPSED;
	}

}
