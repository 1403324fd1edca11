package org.zhengtong.search;

import java.util.List;

import org.zhengtong.platform.JobView;

/** Full-text search of the published portal content. */
public interface Search {

	/** Never fails on odd input: an empty or unusable text finds nothing. */
	SearchResults search(SearchQuery query);

	/** Searches that found nothing lately, most frequent first. */
	List<ZeroResultQuery> zeroResults(int limit);

	/** Rebuilds the index from the database, as a job with progress. */
	JobView rebuild(String actor);

	/** How many documents the index holds. */
	long size();

}
