package org.zhengtong.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as administrators and other modules see it (never its password).
 *
 * @param unitId the unit of the person's 编制 post, if any
 */
public record AccountView(UUID id, String username, String displayName, AccountKind kind, @Nullable UUID unitId,
		boolean active, boolean locked, Set<Role> roles, List<RoleGrant> grants, boolean certificateOnly) {

	/** Whether the account holds one of the administrator roles (三员). */
	public boolean administrator() {
		return roles.stream().anyMatch(Role::administrator);
	}

	/** Whether the account holds the role with this code. */
	public boolean holds(String code) {
		return roles.stream().anyMatch((role) -> role.code().equals(code));
	}

}
