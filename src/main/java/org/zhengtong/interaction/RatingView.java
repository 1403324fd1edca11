package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rating given.
 *
 * @param rectification the rectification a 差评 opened, {@code null} for a good rating
 */
public record RatingView(UUID id, RatedSubject subject, UUID unit, String serviceCode, RatingLevel level,
		@Nullable String comment, Instant ratedAt, @Nullable UUID rectification) {
}
