package org.zhengtong.identity;

/**
 * 会话: the open sessions of an account, on every instance (Spring Session in PostgreSQL,
 * filed under the account's id, not the name as typed at login). Changes to an account
 * reach its sessions by themselves at their next request; this is for what a user asks
 * for.
 */
public interface AccountSessions {

	/** How many sessions the account has open. */
	int count(String username);

	/**
	 * 退出所有设备: every session of the account ends, the caller's included (audited).
	 * @return how many sessions were open
	 */
	int endAll(String username);

	/**
	 * The signed-in account has just changed its own password in the current request's
	 * session: that session goes on, the others end.
	 */
	void continueCurrentAfterOwnPasswordChange();

}
