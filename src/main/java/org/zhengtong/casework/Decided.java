package org.zhengtong.casework;

import java.util.List;

/**
 * What a decision did. {@code stepClosed} is true for exactly one caller per step: the
 * one whose decision closed it, who then transitions the case.
 *
 * @param decisions every decision of the step so far, in order (one for ONE and FIRST)
 */
public record Decided(long taskId, long caseId, long stepId, String state, boolean stepClosed, List<String> decisions) {

	public Decided {
		decisions = List.copyOf(decisions);
	}

}
