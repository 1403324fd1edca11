package org.zhengtong.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A role a module declares: what an account holding it may do, and over which records
 * ({@link DataScope}). Modules contribute their roles through a {@link RoleContributor};
 * identity stores grants by the role's {@link #code() code} and refuses a grant of a code
 * nobody declares. Screens show the role's name ({@link #nameKey()} in the message
 * bundle), never its code.
 *
 * @param code the stable name grants are stored under ({@code EDITOR}), upper case
 * @param nameKey the message key of the role's name in Chinese and English
 * @param permissions the authorities the role gives, besides {@code ROLE_<code>}
 * @param heldBy the kinds of account that may hold it: staff roles go to staff accounts
 * only
 * @param appointedWith the permission an account needs to give or take the role
 * @param defaultScope the scope a new grant of the role has
 * @param exclusiveGroup roles of one group exclude each other: no account holds two of
 * them (三员分立); {@code null} for none
 * @param administrator one of the administrator roles: their holders' accounts are
 * changed only on the server ({@code reset-administrator}), and a role always keeps one
 * holder
 */
public record Role(String code, String nameKey, List<String> permissions, Set<AccountKind> heldBy, String appointedWith,
		DataScope defaultScope, @Nullable String exclusiveGroup, boolean administrator) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	public Role {
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("A role's code is upper case, like EDITOR: " + code);
		}
		if (heldBy.isEmpty()) {
			throw new IllegalArgumentException("The role " + code + " must be held by some kind of account");
		}
		permissions = List.copyOf(permissions);
		heldBy = Set.copyOf(EnumSet.copyOf(heldBy));
	}

	/**
	 * A staff role with the given code, appointed with {@code appointedWith}, named by
	 * {@code role.<code>}, over all records, giving nothing but {@code ROLE_<code>}:
	 * refine it with the {@code with…} methods.
	 */
	public static Role declare(String code, String appointedWith) {
		return new Role(code, "role." + code, List.of(), Set.of(AccountKind.STAFF), appointedWith, DataScope.ALL, null,
				false);
	}

	/** The same role, giving these permissions. */
	public Role withPermissions(String... permissions) {
		return new Role(code, nameKey, List.of(permissions), heldBy, appointedWith, defaultScope, exclusiveGroup,
				administrator);
	}

	/** The same role, held by accounts of these kinds only. */
	public Role heldBy(AccountKind first, AccountKind... others) {
		return new Role(code, nameKey, permissions, EnumSet.of(first, others), appointedWith, defaultScope,
				exclusiveGroup, administrator);
	}

	/** The same role, granted with this scope unless the grant says otherwise. */
	public Role withDefaultScope(DataScope scope) {
		return new Role(code, nameKey, permissions, heldBy, appointedWith, scope, exclusiveGroup, administrator);
	}

	/** The same role, named by this message key. */
	public Role named(String key) {
		return new Role(code, key, permissions, heldBy, appointedWith, defaultScope, exclusiveGroup, administrator);
	}

	/** The same role, excluding every other role of the group on one account. */
	public Role exclusiveIn(String group) {
		return new Role(code, nameKey, permissions, heldBy, appointedWith, defaultScope, group, administrator);
	}

	/** The same role, as one of the administrator roles. */
	public Role asAdministrator() {
		return new Role(code, nameKey, permissions, heldBy, appointedWith, defaultScope, exclusiveGroup, true);
	}

	/** Whether an account of this kind may hold the role. */
	public boolean fits(AccountKind kind) {
		return heldBy.contains(kind);
	}

	/** {@code ROLE_<code>}, the authority that names the role itself. */
	public String authority() {
		return "ROLE_" + code;
	}

	/** Whether the role gives {@code authority} (a permission or {@code ROLE_<code>}). */
	public boolean gives(String authority) {
		return authority.equals(authority()) || permissions.contains(authority);
	}

	/** Whether this role and {@code other} may not be held together. */
	public boolean excludes(Role other) {
		return exclusiveGroup != null && !other.code.equals(code) && exclusiveGroup.equals(other.exclusiveGroup);
	}

	/** The code: audit records and logs name roles by it. */
	@Override
	public String toString() {
		return code;
	}

}
