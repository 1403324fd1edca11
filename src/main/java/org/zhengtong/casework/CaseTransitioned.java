package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * A case moved from one state to another: by a transition, a 撤回 (decision
 * {@code WITHDRAW}) or a 退回 (decision {@code RETURN}, the reason as opinion).
 */
public record CaseTransitioned(long caseId, String type, String subjectId, String from, String to,
		@Nullable String decision, @Nullable String opinion, String actorName) {
}
