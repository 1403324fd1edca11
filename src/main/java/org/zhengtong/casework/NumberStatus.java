package org.zhengtong.casework;

/** Where a number in the register stands. */
public enum NumberStatus {

	/** Taken and used at once, in the transaction that took it. */
	TAKEN,

	/** Shown before use (a 发文字号 on a draft): to be used or voided. */
	RESERVED,

	/** A reserved number given to its record. */
	USED,

	/**
	 * A reserved number that will never be used, with the reason: the gap it leaves is
	 * explained.
	 */
	VOIDED

}
