package org.zhengtong.casework;

import java.util.Set;
import java.util.UUID;

/**
 * The people behind assignee keys, for whoever must tell them something (notification):
 * the accounts that may act on a task now, delegates included.
 */
public interface TaskHolders {

	/** The active accounts that reach {@code assigneeKey} now. */
	Set<UUID> holdersOf(String assigneeKey);

	/**
	 * The active accounts that may act on the task now: nobody once it is done or
	 * cancelled (a task opened and decided at once tells no one).
	 */
	Set<UUID> holdersOfOpenTask(long taskId);

	/**
	 * The active accounts that may act on an open task whose deadline is {@code clockId}.
	 */
	Set<UUID> holdersOfOpenTasksOn(long clockId);

}
