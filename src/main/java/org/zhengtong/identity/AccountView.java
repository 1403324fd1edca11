package org.zhengtong.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An account as administrators and other modules see it (never its password). */
public record AccountView(UUID id, String username, String displayName, AccountKind kind, @Nullable String unitId,
		boolean active, boolean locked, Set<Role> roles) {
}
