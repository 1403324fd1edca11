package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;

/**
 * One letter in an office queue.
 *
 * @param objection the reason of the last unit that objected to it, if one did
 * @param objectedBy that unit
 */
public record QueueRow(UUID id, long version, String number, Door door, @Nullable String topic, @Nullable String region,
		String title, RequestState state, Instant submittedAt, @Nullable UUID unitId, @Nullable Long caseId,
		@Nullable Long replyClockId, @Nullable Instant escalatedAt, @Nullable String objection,
		@Nullable UUID objectedBy) {
}
