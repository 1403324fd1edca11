package org.zhengtong.permit;

/** 准予许可 or 不予许可 (a refusal states its reasons and the right to 复议 or 诉讼: art. 38). */
public enum Decision {

	APPROVED, REFUSED

}
