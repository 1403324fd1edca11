package org.zhengtong.identity;

import java.util.List;
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

	/**
	 * Takes a role from an account.
	 * @throws AccountRefused when it is the last active holder of an administrator role
	 * (三员 must always be filled)
	 */
	AccountView revoke(String username, Role role, String actor);

	Optional<AccountView> find(String username);

	/**
	 * Accounts whose user name or name contains {@code text} (all when blank), by user
	 * name, at most {@code limit}.
	 */
	List<AccountView> search(String text, int limit);

	/**
	 * Creates a staff account with the STAFF role and a one-time password, which it
	 * returns to be handed over once; the holder must change it at the first login.
	 */
	String createStaff(String username, String displayName, @Nullable String unitId, String actor);

	/**
	 * A new one-time password for an account (it must be changed at the next login), also
	 * unlocking it.
	 */
	String resetPassword(String username, String actor);

	/** Lifts a lock before it runs out. */
	void unlock(String username, String actor);

	/**
	 * Changes one's own password after checking the current one.
	 * @throws AccountRefused when the current password is wrong or the new one too weak
	 */
	void changePassword(String username, String currentPassword, String newPassword);

	/** Whether the account must change its password before doing anything else. */
	boolean mustChangePassword(String username);

}
