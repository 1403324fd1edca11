package org.zhengtong.search;

import java.util.List;

import org.zhengtong.platform.JobView;

/** Full-text search of the published portal content. */
public interface Search {

	/** Never fails on odd input: an empty or unusable text finds nothing. */
	SearchResults search(SearchQuery query);

	/** Searches that found nothing lately, most frequent first. */
	List<ZeroResultQuery> zeroResults(int limit);

	/**
	 * Rebuilds the index from the database, as a job with progress. One at a time: while
	 * a rebuild runs, asking again returns that job.
	 */
	JobView rebuild(String actor);

	/** Whether a rebuild is under way (searches may miss what it has not reached yet). */
	boolean rebuilding();

	/** How many documents the index holds. */
	long size();

}
