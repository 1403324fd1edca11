package org.zhengtong.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 电子监察: a case's clock reached yellow (80 % of the committed time used) or red (overdue);
 * the warning is kept as an append-only record and waits as a task of the department.
 *
 * @param legal the 法定 clock ({@code false}: the 承诺 clock)
 * @param dueDay the clock's last day when the warning was raised
 */
public record DeadlineWarningRaised(long caseId, String number, UUID departmentId, WarningLevel level, boolean legal,
		LocalDate dueDay, Instant raisedAt) {
}
