package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a case's 办理过程.
 *
 * @param action STARTED, DECIDED, CLAIMED, WITHDRAWN, RETURNED, URGED, TRANSITION, CLOSED
 * or REOPENED
 * @param forName 委托: whom the actor acted for
 * @param opinion 意见, a return's reason or an urge's message
 */
public record HistoryEntry(long id, @Nullable Long stepId, Instant at, String actorName, @Nullable String forName,
		String action, @Nullable String fromState, @Nullable String toState, @Nullable String decision,
		@Nullable String opinion) {
}
