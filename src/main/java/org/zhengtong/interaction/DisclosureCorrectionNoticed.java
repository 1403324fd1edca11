package org.zhengtong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 补正告知 (政府信息公开条例 art. 30): the applicant must correct their request.
 *
 * @param items everything to correct, as the officer listed it
 * @param correctBy the last working day of the period given
 */
public record DisclosureCorrectionNoticed(UUID requestId, String number, String items, LocalDate correctBy,
		Instant noticedAt) {
}
