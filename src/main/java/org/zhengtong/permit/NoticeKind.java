package org.zhengtong.permit;

/**
 * The written notices (文书) a permit case gives its applicant: 受理通知书 and 补正材料告知书 (art.
 * 32), 不予受理决定书 (art. 32), 延期通知书 (art. 42), 中止告知书 (art. 45), 准予 / 不予行政许可决定书 (arts. 34,
 * 38).
 */
public enum NoticeKind {

	ACCEPTANCE, CORRECTION, REJECTION, EXTENSION, SUSPENSION, APPROVAL, REFUSAL

}
