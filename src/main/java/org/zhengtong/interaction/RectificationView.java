package org.zhengtong.interaction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 差评整改: a bad rating's rectification, open until its follow-up (回访) is recorded.
 *
 * @param title what was rated (a letter's number and title)
 * @param caseId its case in the core (task for the unit's leaders, 15 working days)
 * @param clockId its deadline clock
 */
public record RectificationView(UUID id, RatedSubject subject, String title, UUID unit, String serviceCode,
		RatingLevel level, @Nullable String comment, Instant ratedAt, boolean open, Instant openedAt,
		@Nullable Long caseId, @Nullable Long clockId, @Nullable Boolean complaintValid, @Nullable String finding,
		@Nullable String measures, @Nullable LocalDate followUpOn, @Nullable FollowUpWay way, @Nullable String result,
		@Nullable String closedBy, @Nullable Instant closedAt) {
}
