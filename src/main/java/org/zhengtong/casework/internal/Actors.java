package org.zhengtong.casework.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;

/** Account names to the people who act, as the history names them. */
@Component
class Actors {

	/** The platform's own scheduled work, as the history names it. */
	static final String PLATFORM_NAME = "系统";

	private final AccountManagement accounts;

	Actors(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * The actor of a command: an active account, or the platform's own name
	 * ({@link AccountManagement#SYSTEM}) for scheduled work (a publication at its time).
	 * @throws CaseworkRefused for an unknown or inactive account
	 */
	Actor of(String username) {
		if (AccountManagement.SYSTEM.equals(username)) {
			return new Actor(null, username, PLATFORM_NAME);
		}
		return person(username);
	}

	/**
	 * An active account.
	 * @throws CaseworkRefused for an unknown or inactive account, and for the platform
	 */
	Actor person(String username) {
		AccountView account = accounts.find(username)
			.filter(AccountView::active)
			.orElseThrow(() -> CaseworkRefused.unknownAccount(username));
		return new Actor(account.id(), account.username(), account.displayName());
	}

}
