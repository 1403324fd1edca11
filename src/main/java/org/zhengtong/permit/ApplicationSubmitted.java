package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * 收件: an application reached its department, online or registered at the window
 * (published once, in the submitting transaction, beside its audit entry).
 *
 * @param caseId the permit case
 * @param number 办件编号
 * @param departmentId the department that accepts it
 */
public record ApplicationSubmitted(long caseId, String number, long itemId, UUID departmentId, Channel channel,
		Instant submittedAt) {
}
