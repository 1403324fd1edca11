package org.zhengtong.casework;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * A clock as a page shows it.
 *
 * @param dueDay the last day that is on time, in the platform's zone
 * @param dueTime the last minute that is on time, in the platform's zone (what a limit in
 * hours shows)
 * @param dueAt the last instant that is on time
 * @param provisional counted over a year whose schedule is still 暂定
 * @param explanation how the date was worked out, one line each, in the order counted;
 * each line is a message key with its arguments, rendered in the reader's language
 * ({@code templates/fragments/deadline.html})
 */
public record ClockView(long id, String module, String subject, Measure measure, int amount, Instant startedAt,
		LocalDate dueDay, LocalDateTime dueTime, Instant dueAt, Instant warnAt, ClockColour colour, boolean provisional,
		List<Pause> pauses, List<Line> explanation) {

	/** A pause, {@code endedAt} {@code null} while it lasts. */
	public record Pause(PauseKind kind, String reason, Instant startedAt, @Nullable Instant endedAt,
			String recordedBy) {
	}

	/**
	 * One line of the explanation: a message key ({@code casework.clock.explain.*}) and
	 * its arguments. An argument that is itself a {@link MessageSourceResolvable} (the
	 * name of a pause's kind) is rendered in the same language; dates are ISO dates.
	 */
	public record Line(String key, List<Object> arguments) implements MessageSourceResolvable, Serializable {

		public Line {
			arguments = List.copyOf(arguments);
		}

		public static Line of(String key, Object... arguments) {
			return new Line(key, Arrays.asList(arguments));
		}

		@Override
		public String[] getCodes() {
			return new String[] { key };
		}

		@Override
		public Object[] getArguments() {
			return arguments.toArray();
		}

	}

}
