package org.zhengtong.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the auditor looks for; every part may be left out.
 *
 * @param from first day (inclusive), in the platform's zone
 * @param to last day (inclusive)
 * @param actor account name, exactly
 * @param action action, or its start ({@code identity.} for all identity actions)
 * @param object object type or id, exactly
 */
public record AuditQuery(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String actor,
		@Nullable String action, @Nullable Outcome outcome, @Nullable String object) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
