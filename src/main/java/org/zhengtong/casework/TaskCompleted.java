package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * A task was decided.
 *
 * @param forName 委托: the person it was done for, when a delegate did it
 * @param stepClosed whether this decision closed its step
 */
public record TaskCompleted(long taskId, long caseId, String module, String type, String decision,
		@Nullable String opinion, String actorName, @Nullable String forName, boolean stepClosed) {
}
