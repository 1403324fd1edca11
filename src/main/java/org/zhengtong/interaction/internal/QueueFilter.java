package org.zhengtong.interaction.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;

/**
 * What the office's queues are filtered by; {@code null} leaves a condition out.
 *
 * @param text part of the number or the title
 * @param topic part of the topic
 * @param from submitted on or after this day
 * @param to submitted on or before this day
 */
public record QueueFilter(@Nullable String text, @Nullable Door door, @Nullable String topic,
		@Nullable RequestState state, @Nullable LocalDate from, @Nullable LocalDate to) {

	public static QueueFilter none() {
		return new QueueFilter(null, null, null, null, null, null);
	}

}
