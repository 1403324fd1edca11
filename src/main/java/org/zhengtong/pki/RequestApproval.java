package org.zhengtong.pki;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.HistoryEntry;

/**
 * A request with its approval case: the deadline of its approval step and its 办理过程.
 *
 * @param approvalCase {@code null} for a request decided before approval ran on the
 * case-work core
 */
public record RequestApproval(RequestView request, @Nullable CaseView approvalCase, @Nullable ClockView deadline,
		List<HistoryEntry> history) {
}
