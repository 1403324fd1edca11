package org.zhengtong.permit;

/**
 * Why a case stands still under 行政许可法 art. 45 (the time is not counted in the limits):
 * 听证, 招标, 拍卖, 检验, 检测, 检疫, 鉴定 and 专家评审. The applicant is told in writing how long it is
 * expected to take.
 */
public enum SuspensionKind {

	HEARING, TENDER, AUCTION, INSPECTION, TESTING, QUARANTINE, APPRAISAL, EXPERT_REVIEW

}
