package org.zhengtong.permit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 决定 (行政许可法 arts. 34, 37, 38): the department's 审批负责人 decided the case, 准予 or 不予许可 (a
 * refusal with its reasons and the remedy, art. 38). Published in the deciding
 * transaction; for a 并联 sub-case {@code mainCaseId} names the lead department's case,
 * which may be decided only when all its sub-cases are.
 *
 * @param documentNumber 决定文书号
 * @param reasons the reasons (required for a refusal), else the content approved
 * @param licenceToIssue an approval whose licence waits for 发证 (art. 44)
 */
public record CaseDecided(long caseId, String number, UUID departmentId, @Nullable Long mainCaseId, Decision decision,
		String documentNumber, String reasons, boolean licenceToIssue, String decidedBy, Instant decidedAt) {
}
