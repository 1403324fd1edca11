package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A task of a case.
 *
 * @param status OPEN, DONE or CANCELLED
 * @param claimed whether a 抢办 candidate took it
 */
public record TaskView(long id, long stepId, long caseId, StepKind kind, String state, String status, Assignee assignee,
		String sentByName, Instant sentAt, @Nullable Long clockId, boolean claimed, @Nullable String doneByName,
		@Nullable String doneForName, @Nullable Instant doneAt, @Nullable String decision, @Nullable String opinion) {

	public boolean open() {
		return "OPEN".equals(status);
	}

}
