package org.zhengtong.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 受理: a permit case was accepted and its two clocks run. {@code deemed}: nobody acted
 * within 5 working days of receipt, so the law accepts it from the day of receipt (行政许可法
 * art. 32), done by the system.
 *
 * @param acceptedAt when the acceptance counts from (the receipt, when deemed)
 * @param promisedDue the last day of the 承诺时限
 * @param legalDue the last day of the 法定时限
 */
public record CaseAccepted(long caseId, String number, UUID departmentId, String acceptedBy, Instant acceptedAt,
		boolean deemed, LocalDate promisedDue, LocalDate legalDue) {
}
