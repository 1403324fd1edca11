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

	/**
	 * Starts a clock; the id is what cases, steps and tasks keep. A limit in days ends at
	 * the end of its last day in the platform's zone, one in hours at the exact instant;
	 * it shows yellow from the start of day ceil(share × amount).
	 */
	long start(StartClock clock);

	/**
	 * Pauses a running clock (补正, consultation, suspension); refused when already paused.
	 */
	void pause(long clock, PauseKind kind, String reason, String actor);

	/**
	 * Resumes a paused clock; its due date moves by the paused working days: those from
	 * the day after it was paused to the day it resumes, both included (the day of
	 * pausing had already run; the day of resuming is like a start day, 民法典 art. 201). A
	 * pause begun and ended on one day moves nothing. Refused when not paused. Limits in
	 * hours move by exactly the time paused.
	 */
	void resume(long clock, String actor);

	/**
	 * Extends a running or paused clock's limit by {@code amount} more units of its
	 * measure (an extension approved by the head of the office: 政府信息公开条例 art. 33, 行政许可法
	 * art. 42); the due and warning dates are worked out again on the longer period, and
	 * the explanation names the extension and its reason. Extensions add up; how many a
	 * limit allows is the caller's rule. Audited with the due dates before and after.
	 * @param reason why, 1–500 characters (told to whoever waits for the answer)
	 * @throws ClockRefused when the clock is stopped, the amount is below 1 or the reason
	 * missing
	 */
	void extend(long clock, int amount, String reason, String actor);

	/** Stops the clock: its work is done, it no longer warns. */
	void stop(long clock);

	/** The clock, its colour now, and how its date was worked out (lines per locale). */
	ClockView view(long clock);

	/**
	 * The colour of a clock at {@code at} (for lists computing it in SQL: see
	 * ClockColour).
	 */
	ClockColour colourAt(long clock, @Nullable Instant at);

}
