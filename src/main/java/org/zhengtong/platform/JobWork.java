package org.zhengtong.platform;

/**
 * The work of a job. It reports progress and returns a one-line summary shown to the
 * owner.
 */
@FunctionalInterface
public interface JobWork {

	/**
	 * Does the work. An exception fails the job; its message is shown to the owner, so
	 * make it one they can act on.
	 */
	String run(JobProgress progress) throws Exception;

}
