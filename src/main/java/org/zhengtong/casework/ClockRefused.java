package org.zhengtong.casework;

import org.zhengtong.shared.Refusal;

/**
 * A change to a deadline clock that its state does not allow; nothing was changed. The
 * message key and arguments say why in the user's language
 * ({@code casework.clock.refused.*}).
 */
public class ClockRefused extends Refusal {

	private ClockRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static ClockRefused notFound(long clock) {
		return new ClockRefused("casework.clock.refused.notFound", "No deadline clock " + clock, clock);
	}

	public static ClockRefused alreadyPaused(long clock) {
		return new ClockRefused("casework.clock.refused.alreadyPaused", "Clock " + clock + " is already paused", clock);
	}

	public static ClockRefused notPaused(long clock) {
		return new ClockRefused("casework.clock.refused.notPaused", "Clock " + clock + " is not paused", clock);
	}

	public static ClockRefused stopped(long clock) {
		return new ClockRefused("casework.clock.refused.stopped", "Clock " + clock + " is stopped", clock);
	}

	public static ClockRefused badLimit(int amount, Object share) {
		return new ClockRefused("casework.clock.refused.badLimit",
				"A limit must be at least 1 and warn after a share in (0, 1]: " + amount + ", " + share, amount, share);
	}

	public static ClockRefused beforeStart(long clock) {
		return new ClockRefused("casework.clock.refused.beforeStart",
				"Clock " + clock + " cannot change before it started or its last pause ended", clock);
	}

	public static ClockRefused badExtension(long clock, int amount) {
		return new ClockRefused("casework.clock.refused.badExtension",
				"Clock " + clock + " needs an extension of at least 1 with a reason: " + amount, amount);
	}

}
