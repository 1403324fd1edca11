package org.zhengtong.content;

/** What a disclosure item is. */
public enum DisclosureKind {

	/** 文件: a policy, notice or other document. */
	DOCUMENT,

	/** 政策解读: explains a published policy, named by the item. */
	INTERPRETATION,

	/** 政府信息公开指南: how to obtain the unit's information. */
	GUIDE,

	/** 政府信息公开工作年度报告. */
	ANNUAL_REPORT

}
