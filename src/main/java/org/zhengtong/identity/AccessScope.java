package org.zhengtong.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a user may reach with one permission, for queries to apply:
 * {@code WHERE :all OR unit_id = ANY(:units) OR owner_id = :self}.
 *
 * @param all every record
 * @param units the units whose records are reachable
 * @param self the user's own account id when their own records are reachable, otherwise
 * {@code null}
 */
public record AccessScope(boolean all, Set<UUID> units, @Nullable UUID self) {

	public AccessScope {
		units = Set.copyOf(units);
	}

	/** Reaches nothing: the user lacks the permission. */
	public static AccessScope none() {
		return new AccessScope(false, Set.of(), null);
	}

	public static AccessScope everything() {
		return new AccessScope(true, Set.of(), null);
	}

	public boolean reachesUnit(@Nullable UUID unit) {
		return all || (unit != null && units.contains(unit));
	}

	/** Whether a record of {@code unit} owned by {@code owner} is reachable. */
	public boolean reaches(@Nullable UUID unit, @Nullable UUID owner) {
		return reachesUnit(unit) || (self != null && self.equals(owner));
	}

	public boolean isEmpty() {
		return !all && units.isEmpty() && self == null;
	}

	/** The units as an array, for a {@code uuid[]} query parameter. */
	public UUID[] unitArray() {
		return units.toArray(UUID[]::new);
	}

	/** Reaches what either reaches. */
	public AccessScope union(AccessScope other) {
		if (all || other.all) {
			return everything();
		}
		Set<UUID> both = new java.util.HashSet<>(units);
		both.addAll(other.units);
		return new AccessScope(false, both, self != null ? self : other.self);
	}

}
