package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the 已办 list: a task the person completed.
 *
 * @param decision the type's own word for what was decided (APPROVE, RETURN …)
 * @param doneForName 委托: whom they acted for, {@code null} when for themselves
 * @param caseState the case's state now
 */
public record DoneTask(long taskId, long caseId, String module, String type, String title, String link,
		@Nullable String decision, Instant doneAt, @Nullable String doneForName, String caseState) {
}
