package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * 不予受理 (行政许可法 art. 32): the application was refused at acceptance, with the reason the
 * applicant is told; the case ends.
 */
public record CaseRejected(long caseId, String number, UUID departmentId, String reason, String rejectedBy,
		Instant rejectedAt) {
}
