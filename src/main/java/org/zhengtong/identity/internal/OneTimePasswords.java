package org.zhengtong.identity.internal;

import java.security.SecureRandom;

/**
 * One-time passwords for new administrators, new staff and resets: 16 characters with
 * capital and small letters, digits and symbols (none that look alike), passing the
 * password policy.
 */
final class OneTimePasswords {

	private static final String[] CLASSES = { "ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789",
			"@#%+=?!" };

	private static final SecureRandom random = new SecureRandom();

	private OneTimePasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			String from = CLASSES[i < CLASSES.length ? i : random.nextInt(CLASSES.length)];
			password.append(from.charAt(random.nextInt(from.length())));
		}
		return password.toString();
	}

}
