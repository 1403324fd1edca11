package org.zhengtong.platform.internal;

/** A backup or restore that cannot be done, with a reason the operator can act on. */
class BackupProblem extends RuntimeException {

	BackupProblem(String message) {
		super(message);
	}

	BackupProblem(String message, Throwable cause) {
		super(message, cause);
	}

}
