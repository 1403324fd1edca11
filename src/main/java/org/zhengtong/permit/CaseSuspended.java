package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * Art. 45: the case's clocks stand still for a hearing, testing, expert review…; the
 * applicant is told in writing of the kind, the reason and the expected length.
 *
 * @param expectedDays the expected length in working days
 */
public record CaseSuspended(long caseId, String number, UUID departmentId, SuspensionKind kind, String reason,
		int expectedDays, String suspendedBy, Instant suspendedAt) {
}
