package org.zhengtong.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Long work that runs in the background while its owner watches a progress bar: imports,
 * exports, reindexing, backups. Jobs are kept in PostgreSQL, so any instance shows them;
 * a job whose instance died is marked failed.
 */
public interface JobManagement {

	/**
	 * Queues the work and returns at once; the owner follows it at
	 * {@code /workbench/jobs/{id}}.
	 * @param kind what kind of work, such as {@code organization.import}
	 * @param title what the owner started, in their language
	 * @param owner the account name of whoever started it
	 */
	JobView start(String kind, String title, String owner, JobWork work);

	/** The job, if it exists and belongs to this owner. */
	Optional<JobView> find(UUID id, String owner);

	/** This owner's most recent jobs, newest first. */
	List<JobView> recent(String owner, int limit);

}
