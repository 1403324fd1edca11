package org.zhengtong.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A clock as a page shows it.
 *
 * @param dueDay the last day that is on time, in the platform's zone
 * @param dueAt the last instant that is on time
 * @param provisional counted over a year whose schedule is still 暂定
 * @param explanation how the date was worked out, one line each, in the order counted
 */
public record ClockView(long id, String module, String subject, Measure measure, int amount, Instant startedAt,
		LocalDate dueDay, Instant dueAt, Instant warnAt, ClockColour colour, boolean provisional, List<Pause> pauses,
		List<String> explanation) {

	/** A pause, {@code endedAt} {@code null} while it lasts. */
	public record Pause(PauseKind kind, String reason, Instant startedAt, @Nullable Instant endedAt,
			String recordedBy) {
	}

}
