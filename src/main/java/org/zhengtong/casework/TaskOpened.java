package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * A task now waits for its assignee (a new step, a return, a withdrawal back to them).
 *
 * @param link the workbench page where the module shows the case
 * @param clockId the deadline shown with the task, if any
 */
public record TaskOpened(long taskId, long caseId, String module, String type, String title, String link,
		Assignee assignee, String sentByName, @Nullable Long clockId) {
}
