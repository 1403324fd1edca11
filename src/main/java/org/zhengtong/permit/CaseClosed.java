package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 办结: a decided permit case ended (a refusal or an approval without a licence at the
 * decision, an approval with a licence once it is issued). The applicant is invited to
 * rate the service (好差评).
 *
 * @param decision what was decided
 * @param licenceNumber the licence issued, if any
 */
public record CaseClosed(long caseId, String number, UUID departmentId, @Nullable Long mainCaseId, Decision decision,
		@Nullable String licenceNumber, Instant closedAt) {
}
