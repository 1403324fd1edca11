package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * 期限: deadline clocks on the working-day calendar. A clock counts its limit from the day
 * after it starts (民法典 art. 201), stands still while paused, shows yellow once the
 * configured share of the period is used and red once it is overdue. Every open clock is
 * recomputed when the calendar changes; each explains how its date was worked out.
 */
public interface Deadlines {

	/** Starts a clock; the id is what cases, steps and tasks keep. */
	long start(StartClock clock);

	/**
	 * Pauses a running clock (补正, consultation, suspension); refused when already paused.
	 */
	void pause(long clock, PauseKind kind, String reason, String actor);

	/** Resumes a paused clock; its due date moves by the paused working days. */
	void resume(long clock, String actor);

	/** Stops the clock: its work is done, it no longer warns. */
	void stop(long clock);

	ClockView view(long clock);

	/**
	 * The colour of a clock at {@code at} (for lists computing it in SQL: see
	 * ClockColour).
	 */
	ClockColour colourAt(long clock, @Nullable Instant at);

}
