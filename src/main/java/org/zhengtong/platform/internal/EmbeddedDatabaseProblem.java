package org.zhengtong.platform.internal;

/** Why the embedded database cannot be used, and what the operator should do about it. */
abstract class EmbeddedDatabaseProblem extends IllegalStateException {

	EmbeddedDatabaseProblem(String message) {
		super(message);
	}

	abstract String action();

}
