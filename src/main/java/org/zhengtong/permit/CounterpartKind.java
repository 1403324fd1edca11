package org.zhengtong.permit;

/**
 * 行政相对人类别 of the credit-information format: 法人及非法人组织 and 个体工商户 are named in full with
 * their 统一社会信用代码; a 自然人's name and 身份证号 are masked on every public output.
 */
public enum CounterpartKind {

	LEGAL_PERSON, INDIVIDUAL_BUSINESS, NATURAL_PERSON;

	/** Whether the public sees this counterpart's name and number only masked. */
	public boolean masked() {
		return this == NATURAL_PERSON;
	}

}
