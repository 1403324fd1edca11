package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/** 派单: a letter was routed to a unit, which must answer it by {@code dueAt}. */
public record RequestAssigned(UUID requestId, String number, UUID unitId, Instant assignedAt, Instant dueAt) {
}
