package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's year of permit cases as a timetable: every step of every case at its moment,
 * played in the order of those moments with the clock standing at each (a
 * {@link TimeMachine}), so 办件编号 follow the days cases arrived and each clock, task and
 * audit entry carries its day. A refused step ends its case's story (its later steps are
 * left out) and is logged; a step that would fall after the present is played just before
 * it.
 */
final class DemoTimetable {

	private static final Logger log = LoggerFactory.getLogger(DemoTimetable.class);

	/** Runs work with the application's clock standing at a moment. */
	@FunctionalInterface
	interface TimeMachine {

		void at(Instant instant, Runnable work);

	}

	/** One case's steps: once one is refused, the rest are skipped. */
	static class Story {

		boolean failed;

	}

	private record Step(Instant at, int order, Story story, String what, Runnable work) {
	}

	/** How often a step meeting a concurrent change is tried. */
	static final int ATTEMPTS = 4;

	private final List<Step> steps = new ArrayList<>();

	private final Instant latest;

	DemoTimetable(Instant now) {
		this.latest = now.minusSeconds(300);
	}

	void at(Instant at, Story story, String what, Runnable work) {
		steps.add(new Step(at.isAfter(latest) ? latest : at, steps.size(), story, what, work));
	}

	/**
	 * Plays the steps in time order.
	 * @return how many steps were refused
	 */
	int play(TimeMachine time) {
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

	/**
	 * Plays a step; when a listener of the step before (running after its commit, on
	 * another thread) changed the same case at that moment, tries again as a person
	 * would, a few times.
	 */
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
				java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(200L * attempt).toNanos());
			}
		}
	}

	private static boolean changedMeanwhile(RuntimeException ex) {
		return ex instanceof org.springframework.dao.OptimisticLockingFailureException
				|| (ex instanceof org.zhengtong.shared.Refusal refusal
						&& "casework.refused.changedMeanwhile".equals(refusal.messageKey()));
	}

}
