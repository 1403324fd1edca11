package org.zhengtong.permit;

/** 个人 (身份证号) or 法人 (统一社会信用代码). */
public enum ApplicantKind {

	CITIZEN, ENTERPRISE

}
