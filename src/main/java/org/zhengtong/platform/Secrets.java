package org.zhengtong.platform;

/**
 * Keys and passwords the platform needs (the audit key, later the CA key password). Each
 * comes from configuration or the environment; outside the {@code prod} profile a missing
 * one is generated once into the secrets directory ({@code ./data/secrets/}, readable by
 * its owner only) and reused on every start. In {@code prod} a missing secret stops the
 * application.
 */
public interface Secrets {

	/**
	 * The secret's bytes.
	 * @param name its file name in the secrets directory, such as {@code audit-key}
	 * @param property the configuration property that may hold it, Base64-encoded, such
	 * as {@code zhengtong.audit.key}
	 * @param length bytes to generate when it has to be generated
	 */
	byte[] get(String name, String property, int length);

}
