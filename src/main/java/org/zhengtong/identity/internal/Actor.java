package org.zhengtong.identity.internal;

/**
 * Who asks for a change: a signed-in account, whose rights are checked, or the platform
 * itself (first start, demo data, registration, the server commands), which is not an
 * account and has no name a user could take. The platform's changes carry
 * {@link org.zhengtong.identity.AccountManagement#SYSTEM} in the records, a reserved
 * name.
 */
record Actor(String name, boolean platform) {

	static final Actor PLATFORM = new Actor(org.zhengtong.identity.AccountManagement.SYSTEM, true);

	static Actor user(String username) {
		return new Actor(username, false);
	}

}
