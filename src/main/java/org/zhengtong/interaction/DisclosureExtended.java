package org.zhengtong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 延期答复 (政府信息公开条例 art. 33): the head of the office approved the one extension; the
 * applicant is told the new due day and the reason.
 */
public record DisclosureExtended(UUID requestId, String number, int days, String reason, LocalDate dueOn,
		Instant decidedAt) {
}
