package org.zhengtong.platform.internal;

/**
 * A reason the platform cannot start (its database, a secret), and what the operator
 * should do about it.
 */
abstract class StartupProblem extends IllegalStateException {

	StartupProblem(String message) {
		super(message);
	}

	abstract String action();

}
