package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.WarningLevel;

/**
 * A 电子监察 warning as lists show it: the case, the clock (法定 or 承诺), the colour, the due
 * day it was raised against, and its resolution once resolved.
 */
public record WarningView(long id, long caseId, String caseNumber, String itemName, UUID departmentId, boolean legal,
		WarningLevel level, LocalDate dueDay, Instant raisedAt, @Nullable Instant resolvedAt,
		@Nullable Resolution resolution, PermitCaseState caseState) {

	public boolean open() {
		return resolvedAt == null;
	}

}
