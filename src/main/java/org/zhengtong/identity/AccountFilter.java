package org.zhengtong.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.shared.ListSort;

/**
 * What an account administrator looks for on 账户管理; every part may be left out.
 *
 * @param text part of the user name or the name
 * @param kind the kind of account
 * @param unit the unit of the account's 编制 post
 * @param status active, locked or deactivated, as the list shows it
 * @param role the code of a role the account holds
 */
public record AccountFilter(@Nullable String text, @Nullable AccountKind kind, @Nullable UUID unit,
		@Nullable Status status, @Nullable String role) {

	/** The keys the accounts list sorts by: user name, name, kind. */
	public static final List<String> SORT_KEYS = List.of("username", "name", "kind");

	/** The list's order unless another is asked for: by user name. */
	public static final ListSort BY_USERNAME = ListSort.ascending("username");

	/** The state the list shows: a lock comes first, then whether it is deactivated. */
	public enum Status {

		/** In use and not locked. */
		ACTIVE,

		/** Locked after failed logins, until the lock runs out or is lifted. */
		LOCKED,

		/** Deactivated (a person who left) and not locked. */
		INACTIVE

	}

	public static AccountFilter all() {
		return new AccountFilter(null, null, null, null, null);
	}

	/** Accounts whose user name or name contains the text. */
	public static AccountFilter text(@Nullable String text) {
		return new AccountFilter(text, null, null, null, null);
	}

	/**
	 * The order the list applies for a request parameter: one of {@link #SORT_KEYS}, else
	 * by user name.
	 */
	public static ListSort sortOf(@Nullable String parameter) {
		ListSort asked = ListSort.parse(parameter);
		return asked != null && SORT_KEYS.contains(asked.key()) ? asked : BY_USERNAME;
	}

}
