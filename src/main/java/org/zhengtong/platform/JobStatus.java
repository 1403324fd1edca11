package org.zhengtong.platform;

/** Where a {@link JobView job} stands. */
public enum JobStatus {

	QUEUED, RUNNING, SUCCEEDED, FAILED;

	public boolean finished() {
		return this == SUCCEEDED || this == FAILED;
	}

}
