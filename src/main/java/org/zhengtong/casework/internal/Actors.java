package org.zhengtong.casework.internal;

import org.springframework.stereotype.Component;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;

/** Account names to the people who act, as the history names them. */
@Component
class Actors {

	private final AccountManagement accounts;

	Actors(AccountManagement accounts) {
		this.accounts = accounts;
	}

	/**
	 * @throws CaseworkRefused for an unknown or inactive account
	 */
	Actor of(String username) {
		AccountView account = accounts.find(username)
			.filter(AccountView::active)
			.orElseThrow(() -> CaseworkRefused.unknownAccount(username));
		return new Actor(account.id(), account.username(), account.displayName());
	}

}
