package org.zhengtong.permit.internal;

/** Why a 电子监察 warning stopped being open. */
public enum Resolution {

	/** The case was decided (准予 or 不予许可). */
	DECIDED,
	/** The case ended otherwise (办结, 不予受理, withdrawn). */
	ENDED,
	/** A 红牌 replaced the clock's 黄牌. */
	ESCALATED,
	/**
	 * The clock was worked out again (a calendar change, an extension, a pause) and is no
	 * longer in that colour.
	 */
	RECOMPUTED,
	/** The clock stopped counting. */
	STOPPED

}
