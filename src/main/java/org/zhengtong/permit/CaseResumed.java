package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * Art. 45: the suspension ended; the clocks run again, their due days moved by the pause.
 */
public record CaseResumed(long caseId, String number, UUID departmentId, String resumedBy, Instant resumedAt) {
}
