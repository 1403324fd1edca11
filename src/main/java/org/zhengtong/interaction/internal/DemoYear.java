package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demonstration's year as a timetable: every step of every demo letter and disclosure
 * request, each at its moment, played in the order of those moments with the clock
 * standing at each (a {@link TimeMachine}), so that a duplicate is merged while its
 * letter is still open and numbers follow the days letters arrived. A step that is
 * refused ends its story (the later steps of that letter are left out) and is logged. A
 * step that would fall after the present is played just before it instead (the showcase
 * of recent letters).
 */
final class DemoYear {

	private static final Logger log = LoggerFactory.getLogger(DemoYear.class);

	/** Runs work with the application's clock standing at a moment. */
	@FunctionalInterface
	interface TimeMachine {

		void at(Instant instant, Runnable work);

	}

	/** One letter's or request's steps: once one fails, the rest are skipped. */
	static class Story {

		boolean failed;

	}

	private record Step(Instant at, int order, Story story, String what, Runnable work) {
	}

	private final List<Step> steps = new ArrayList<>();

	private final Instant latest;

	/** A timetable whose steps happen before {@code now}. */
	DemoYear(Instant now) {
		this.latest = now.minusSeconds(300);
	}

	/** Adds a step of {@code story} at {@code at}. */
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
				time.at(step.at(), step.work());
			}
			catch (RuntimeException ex) {
				step.story().failed = true;
				refused++;
				log.warn("Demo data: {} at {} was refused: {}", step.what(), step.at(), ex.toString());
			}
		}
		return refused;
	}

}
