package org.zhengtong.content;

/** 有效性 of a disclosure item. */
public enum Validity {

	/** 有效 */
	VALID,

	/** 失效: no longer applies (its period ended, or it was replaced). */
	INVALID,

	/** 废止: repealed by a decision; every page linking to it says so. */
	REPEALED

}
