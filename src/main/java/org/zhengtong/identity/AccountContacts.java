package org.zhengtong.identity;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a person can be reached, for modules that must tell them something
 * (notification): the e-mail address and mobile number the account holds, read without an
 * actor (nothing here is shown to anyone but the account's owner).
 */
public interface AccountContacts {

	/** The account with this user name (case-insensitive), active or not. */
	Optional<AccountContact> byUsername(String username);

	/** The account with this id, active or not. */
	Optional<AccountContact> byId(UUID id);

}
