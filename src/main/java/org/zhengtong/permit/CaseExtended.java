package org.zhengtong.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 延期 (行政许可法 art. 42): the head of the department extended the legal limit, once, by 10
 * working days (15 for 统一/联合/集中办理); the reason is told to the applicant.
 *
 * @param legalDue the legal limit's last day after the extension
 */
public record CaseExtended(long caseId, String number, UUID departmentId, int days, String reason, LocalDate legalDue,
		String extendedBy, Instant extendedAt) {
}
