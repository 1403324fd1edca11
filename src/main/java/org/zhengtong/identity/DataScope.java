package org.zhengtong.identity;

/** 数据权限: which records a role lets its holder see and change. */
public enum DataScope {

	/** 全部. */
	ALL,

	/** 自定义单位: a chosen set of units. */
	CUSTOM,

	/** 本单位及下级: a unit and every unit under it. */
	UNIT_AND_BELOW,

	/** 本单位 (with its internal departments). */
	UNIT,

	/** 仅本人: only what the holder owns. */
	SELF

}
