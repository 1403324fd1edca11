package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

/**
 * A written notice of a permit case bears the department's seal: the applicant can now
 * download it (laid out at the step, sealed then or later in the 用印 step).
 *
 * @param noticeId the notice (its download is
 * {@code /services/cases/{number}/notices/{id}})
 */
public record PermitNoticeSealed(long noticeId, long caseId, String number, UUID departmentId, NoticeKind kind,
		Instant sealedAt) {
}
