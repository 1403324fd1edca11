package org.zhengtong.casework;

import java.util.List;

import org.zhengtong.shared.PageOf;

/**
 * 待办中心: what waits for a person, what they did and what they started. The 待办 list holds
 * every open task whose assignee key the person reaches through any of their posts (and,
 * through 委托, the posts of those who delegated to them), sorted by deadline (none last),
 * then by when it was sent. The header badge is {@link #count(Reach)}: the same query, no
 * filter, no cap.
 */
public interface TaskInbox {

	/**
	 * The account and assignee keys of {@code username}; {@link Reach#NONE} for an
	 * unknown or inactive account. Look it up once per request and pass it on.
	 */
	Reach reach(String username);

	/** How many open tasks wait for the person: the 待办 tab and the header badge. */
	long count(Reach reach);

	/** One page of the 待办 list with an honest total under {@code filter}. */
	PageOf<InboxTask> open(Reach reach, InboxFilter filter, int page, int size);

	/** The modules and case types among the person's open tasks, with their counts. */
	List<InboxChoice> choices(Reach reach);

	/** 已办: the tasks the person completed, newest first. */
	PageOf<DoneTask> done(Reach reach, int page, int size);

	/** How many tasks the person completed. */
	long doneCount(Reach reach);

	/** 我发起的: the cases the person started, newest first. */
	PageOf<StartedCase> started(Reach reach, int page, int size);

	/** How many cases the person started. */
	long startedCount(Reach reach);

}
