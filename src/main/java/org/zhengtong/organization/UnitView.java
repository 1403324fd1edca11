package org.zhengtong.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit with its names on a given day.
 *
 * @param depth 0 for a unit without parent, 1 for its children, …
 */
public record UnitView(UUID id, @Nullable UUID parentId, UnitKind kind, UnitNames names, @Nullable String creditCode,
		boolean active, int depth) {
}
