package org.zhengtong.platform;

/**
 * Thrown by a module that cannot start with the configuration it was given (a key it
 * cannot open): the operator sees one description and one action instead of a stack
 * trace.
 */
public class StartupRefused extends IllegalStateException {

	private final String action;

	public StartupRefused(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	public String action() {
		return action;
	}

}
