package org.zhengtong.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Accounts, roles and passwords. */
public interface AccountManagement {

	/**
	 * Creates an account with a password (checked against {@link PasswordPolicy}).
	 * @param mustChange whether the password must be changed at the first login
	 * @throws AccountRefused when the user name is taken or the password too weak
	 */
	AccountView create(String username, String displayName, AccountKind kind, @Nullable String unitId, String password,
			boolean mustChange, String actor);

	/**
	 * Gives an account a role.
	 * @throws AccountRefused when it would hold two administrator roles (三员分立)
	 */
	AccountView grant(String username, Role role, String actor);

	Optional<AccountView> find(String username);

	/**
	 * Changes one's own password after checking the current one.
	 * @throws AccountRefused when the current password is wrong or the new one too weak
	 */
	void changePassword(String username, String currentPassword, String newPassword);

	/** Whether the account must change its password before doing anything else. */
	boolean mustChangePassword(String username);

}
