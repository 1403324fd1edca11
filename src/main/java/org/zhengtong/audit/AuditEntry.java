package org.zhengtong.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One recorded entry as the auditor reads it.
 *
 * @param objectLabel the object's name when the entry was recorded (or filled in by
 * migration V88 for older entries): a finding aid kept beside the entry, not part of its
 * hash; {@code objectType} and {@code objectId} are the evidence
 */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable String post, @Nullable String unitId,
		@Nullable String address, String action, @Nullable String objectType, @Nullable String objectId,
		Outcome outcome, String summary, @Nullable String before, @Nullable String after,
		@Nullable String objectLabel) {

	/** An entry without an object label. */
	public AuditEntry(long id, Instant occurredAt, String actor, @Nullable String post, @Nullable String unitId,
			@Nullable String address, String action, @Nullable String objectType, @Nullable String objectId,
			Outcome outcome, String summary, @Nullable String before, @Nullable String after) {
		this(id, occurredAt, actor, post, unitId, address, action, objectType, objectId, outcome, summary, before,
				after, null);
	}

}
