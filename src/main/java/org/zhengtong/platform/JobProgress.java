package org.zhengtong.platform;

/**
 * How a running job reports how far it is. Cheap to call for every row: the platform
 * writes the figures to the database at most a few times a second.
 */
public interface JobProgress {

	/**
	 * The job this work runs as, for records the work keeps about it (an error report).
	 */
	java.util.UUID jobId();

	/** How many steps the work has in all, once known. */
	void total(long total);

	/** Steps done since the last call. */
	void advance(long steps);

}
