package org.zhengtong.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * Accounts, roles and passwords. Methods taking an {@code actor} (the signed-in account's
 * name) check that the actor may do it: their roles and data scope, and for an action on
 * an account, that they could appoint every role it holds. No name is exempt; the
 * platform's own changes go through {@link PlatformAccounts}. An account holding one of
 * the three administrator roles is not changed here at all (its password is reset on the
 * server: {@code java -jar zhengtong.jar reset-administrator NAME}), except that whoever
 * appoints an administrator role may take it away. A refusal for lack of rights is an
 * {@link org.springframework.security.access.AccessDeniedException}, a refusal by the
 * rules an {@link AccountRefused}; either changes nothing and is audited (DENIED).
 */
public interface AccountManagement {

	/**
	 * The name the platform's own changes carry in the records (audit log, granted by).
	 * It is reserved (no account can have it) and gives no rights: passed as an actor, it
	 * is refused like any name without an account.
	 */
	String SYSTEM = "system";

	/**
	 * Creates an account with a password (checked against {@link PasswordPolicy}).
	 * @param mustChange whether the password must be changed at the first login
	 * @throws AccountRefused when the user name is taken or the password too weak
	 */
	AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId, String password,
			boolean mustChange, String actor);

	/**
	 * Gives an account a role with the role's default data scope.
	 * @throws AccountRefused when it would hold two administrator roles (三员分立), the role
	 * needs a unit (单位管理员), is for another kind of account, or the actor would give it to
	 * themselves
	 */
	default AccountView grant(String username, Role role, String actor) {
		return grant(username, new RoleGrant(role, role.defaultScope(), null, java.util.Set.of()), actor);
	}

	/**
	 * Gives an account a role with a data scope, or changes the scope of a role it holds.
	 * The actor needs the role's {@link Role#appointedWith() appointing permission}; an
	 * actor whose scope for it is not 全部 can only give roles they hold themselves, to
	 * accounts in their scope.
	 */
	AccountView grant(String username, RoleGrant grant, String actor);

	/**
	 * Takes a role from an account.
	 * @throws AccountRefused when it is the last active holder of an administrator role
	 * (三员 must always be filled)
	 */
	AccountView revoke(String username, Role role, String actor);

	Optional<AccountView> find(String username);

	Optional<AccountView> find(UUID id);

	/**
	 * Accounts within {@code scope} whose user name or name contains {@code text} (all
	 * when blank), by user name, at most {@code limit}.
	 */
	List<AccountView> search(String text, AccessScope scope, int limit);

	/**
	 * 账户列表: one page of the accounts within {@code scope} matching the filter, in the
	 * order asked for (one of {@link AccountFilter#SORT_KEYS}, else by user name), with
	 * the count of all of them. An empty scope lists nothing.
	 */
	PageOf<AccountView> list(AccountFilter filter, AccessScope scope, @Nullable ListSort sort, int page, int size);

	/** How many accounts {@link #list} holds across its pages. */
	long count(AccountFilter filter, AccessScope scope);

	/**
	 * Every account of {@link #list}, in its order, one at a time (for its export); runs
	 * in a read-only transaction.
	 */
	void eachListed(AccountFilter filter, AccessScope scope, @Nullable ListSort sort, Consumer<AccountView> account);

	/**
	 * Creates a staff account with the STAFF role, its 编制 post when given, and a one-time
	 * password, which it returns to be handed over once; the holder must change it at the
	 * first login.
	 */
	String createStaff(String username, String displayName, @Nullable StaffPost post, String actor);

	/**
	 * Gives a staff account a post; a 编制 post also makes its unit the account's unit.
	 * @throws AccountRefused when the account is not a staff account
	 * @throws org.zhengtong.organization.UnitRefused when the post is refused
	 */
	PostView appoint(String username, StaffPost post, String actor);

	/** Ends one of the account's current posts. */
	void endPost(String username, UUID postId, String actor);

	/**
	 * Sets the units one of the account's current posts oversees (分管).
	 * @throws AccountRefused when the post is not the account's
	 */
	PostView oversee(String username, UUID postId, java.util.Set<UUID> units, String actor);

	/**
	 * A new one-time password for an account (it must be changed at the next login), also
	 * unlocking it.
	 */
	String resetPassword(String username, String actor);

	/**
	 * Whether the actor may reset, unlock or deactivate the account at all: it holds no
	 * administrator role and the actor could give every role it holds. Asks only, so that
	 * screens offer no action that would be refused (the action checks again, with the
	 * data scope); nothing is audited. {@code false} for an unknown account.
	 */
	boolean mayActOn(String username, String actor);

	/**
	 * Deactivates an account (a person who left): it can no longer log in, its current
	 * posts end, and its records stay.
	 * @throws AccountRefused for one's own account, or the last active holder of an
	 * administrator role
	 */
	void deactivate(String username, String actor);

	/** Lets a deactivated account log in again (its posts are given anew). */
	void reactivate(String username, String actor);

	/** Lifts a lock before it runs out. */
	void unlock(String username, String actor);

	/**
	 * 仅允许证书登录: the staff account may then sign in with its certificate only; a right
	 * password is refused with a message saying so. Refused (and audited) outside the
	 * actor's scope.
	 */
	void setCertificateOnly(String username, boolean certificateOnly, String actor);

	/**
	 * Changes one's own password after checking the current one; a wrong current password
	 * counts towards the login block of its source ({@code address}) and is audited.
	 * @throws AccountRefused when the current password is wrong (or its source blocked),
	 * the new one too weak or the same as the current one
	 */
	void changePassword(String username, String currentPassword, String newPassword, @Nullable String address);

	/**
	 * {@link #changePassword(String, String, String, String)} from inside the platform.
	 */
	default void changePassword(String username, String currentPassword, String newPassword) {
		changePassword(username, currentPassword, newPassword, null);
	}

	/** Whether the account must change its password before doing anything else. */
	boolean mustChangePassword(String username);

}
