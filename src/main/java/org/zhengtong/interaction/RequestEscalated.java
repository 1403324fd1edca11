package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A letter was marked for 督办: the supervision module follows it until it is answered.
 *
 * @param unitId the unit holding it, if routed
 */
public record RequestEscalated(UUID requestId, String number, String title, @Nullable UUID unitId, String reason,
		String actor, Instant escalatedAt) {
}
