package org.zhengtong.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;

import org.zhengtong.shared.Refusal;

/**
 * A demo year as a timetable: every step of every story (a letter, a case) at its moment,
 * played in the order of those moments with the clock standing at each (a
 * {@link TimeMachine}, in the running platform {@link DemoClock#at}), so numbers follow
 * the days things arrived and each clock, task and audit entry carries its day. A refused
 * step ends its story (the later steps are left out) and is logged. A step that would
 * fall after the present is played just before it. A step that meets a change made
 * meanwhile (a listener of the step before, running after its commit on another thread,
 * touched the same record) is tried again a few times, as a person would.
 */
public final class DemoTimetable {

	private static final Logger log = LoggerFactory.getLogger(DemoTimetable.class);

	/** How often a step meeting a concurrent change is tried. */
	static final int ATTEMPTS = 4;

	/** Runs work with the application's clock standing at a moment. */
	@FunctionalInterface
	public interface TimeMachine {

		void at(Instant instant, Runnable work);

	}

	/** One story's steps: once one is refused, the rest are skipped. */
	public static class Story {

		private boolean failed;

		/** Whether a step of this story was refused (its later steps were skipped). */
		public boolean failed() {
			return failed;
		}

	}

	private record Step(Instant at, int order, Story story, String what, Runnable work) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final Instant latest;

	/** A timetable whose steps happen before {@code now}. */
	public DemoTimetable(Instant now) {
		this.latest = now.minusSeconds(300);
	}

	/** Adds a step of {@code story} at {@code at}. */
	public void at(Instant at, Story story, String what, Runnable work) {
		steps.add(new Step(at.isAfter(latest) ? latest : at, steps.size(), story, what, work));
	}

	/**
	 * Plays the steps in time order.
	 * @return how many steps were refused
	 */
	public int play(TimeMachine time) {
		int refused = 0;
		List<Step> timetable = new ArrayList<>(steps);
		timetable.sort(Comparator.comparing(Step::at).thenComparingInt(Step::order));
		for (Step step : timetable) {
			if (step.story().failed) {
				continue;
			}
			try {
				played(step, time);
			}
			catch (RuntimeException ex) {
				step.story().failed = true;
				refused++;
				log.warn("Demo data: {} at {} was refused: {}", step.what(), step.at(), ex.toString());
			}
		}
		return refused;
	}

	private static void played(Step step, TimeMachine time) {
		for (int attempt = 1;; attempt++) {
			try {
				time.at(step.at(), step.work());
				return;
			}
			catch (RuntimeException ex) {
				if (attempt == ATTEMPTS || !changedMeanwhile(ex)) {
					throw ex;
				}
				LockSupport.parkNanos(Duration.ofMillis(200L * attempt).toNanos());
			}
		}
	}

	/**
	 * An optimistic-lock failure, or a module's refusal saying the record changed
	 * meanwhile.
	 */
	static boolean changedMeanwhile(RuntimeException ex) {
		return ex instanceof OptimisticLockingFailureException
				|| (ex instanceof Refusal refusal && refusal.messageKey().endsWith(".changedMeanwhile"));
	}

}
