package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the 待办 list: an open task the person may act on.
 *
 * @param link the module's workbench page for the case
 * @param dueAt the last instant on time, {@code null} without a deadline
 * @param colour the deadline's colour now, {@code null} without a deadline
 */
public record InboxTask(long taskId, long caseId, String module, String type, String title, String link,
		String sentByName, Instant sentAt, @Nullable Instant dueAt, @Nullable ClockColour colour) {
}
