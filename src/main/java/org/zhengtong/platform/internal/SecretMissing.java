package org.zhengtong.platform.internal;

/** A secret the platform needs cannot be had. */
class SecretMissing extends StartupProblem {

	private final String property;

	SecretMissing(String name, String property, String reason) {
		super("The secret '" + name + "' is not available: " + reason + ".");
		this.property = property;
	}

	@Override
	String action() {
		return "Set " + property
				+ " (Base64) in the environment or configuration, or restore ./data/secrets from the backup.";
	}

}
