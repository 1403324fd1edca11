package org.zhengtong.identity;

/** Who an account belongs to. */
public enum AccountKind {

	/** 工作人员 of a unit. */
	STAFF,

	/** 公众: a resident, registered with real name and 居民身份证号. */
	CITIZEN,

	/** 企业: registered with its 统一社会信用代码. */
	ENTERPRISE

}
