package org.zhengtong.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The application's clock when the demonstration data loads (the {@code demo} profile on
 * the embedded database, {@link DemoData}; never in production): the system clock, except
 * that a demo loader may run work on its own thread "at" a moment of the past, so the
 * demo's year of letters goes through the ordinary services with the dates a real year
 * would have given them (numbers, clocks, tasks and audit entries alike). Other threads —
 * requests, jobs, event listeners — keep the real time.
 */
public final class DemoClock extends Clock {

	private final Clock system;

	private final ThreadLocal<@Nullable Instant> at = new ThreadLocal<>();

	public DemoClock(Clock system) {
		this.system = system;
	}

	/** Runs {@code work} on this thread with the clock standing at {@code instant}. */
	public void at(Instant instant, Runnable work) {
		Instant before = at.get();
		at.set(instant);
		try {
			work.run();
		}
		finally {
			if (before == null) {
				at.remove();
			}
			else {
				at.set(before);
			}
		}
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		// A view in another zone that still follows this clock (and this thread's
		// moment).
		DemoClock source = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return source.withZone(other);
			}

			@Override
			public Instant instant() {
				return source.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		Instant instant = at.get();
		return instant != null ? instant : system.instant();
	}

}
