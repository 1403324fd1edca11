package org.zhengtong.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A role an account holds, with its data scope.
 *
 * @param unitId the unit a unit-bound scope is anchored on ({@code null}: the unit of the
 * post in use)
 * @param customUnits the units of a {@link DataScope#CUSTOM} scope
 */
public record RoleGrant(Role role, DataScope scope, @Nullable UUID unitId, Set<UUID> customUnits) {

	public RoleGrant {
		customUnits = Set.copyOf(customUnits);
	}

}
