package org.zhengtong.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One recorded entry as the auditor reads it. */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable String post, @Nullable String unitId,
		@Nullable String address, String action, @Nullable String objectType, @Nullable String objectId,
		Outcome outcome, String summary, @Nullable String before, @Nullable String after) {
}
