package org.zhengtong.casework;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A step to open with a transition: one task per assignee ({@code ONE} takes exactly
 * one).
 *
 * @param clock a deadline for the step (its tasks show it); {@code null} for the case's
 * clock, if any
 */
public record OpenStep(StepKind kind, List<Assignee> assignees, @Nullable StartClock clock) {

	public OpenStep {
		assignees = List.copyOf(assignees);
		if (assignees.isEmpty()) {
			throw new IllegalArgumentException("A step needs an assignee");
		}
		if (kind == StepKind.ONE && assignees.size() != 1) {
			throw new IllegalArgumentException("A ONE step has exactly one assignee");
		}
	}

	/** One assignee decides. */
	public static OpenStep one(Assignee assignee) {
		return new OpenStep(StepKind.ONE, List.of(assignee), null);
	}

	/** 会签: every assignee decides. */
	public static OpenStep all(List<Assignee> assignees) {
		return new OpenStep(StepKind.ALL, assignees, null);
	}

	/** 抢办: the first candidate to claim takes it. */
	public static OpenStep first(List<Assignee> candidates) {
		return new OpenStep(StepKind.FIRST, candidates, null);
	}

	public OpenStep withClock(StartClock clock) {
		return new OpenStep(kind, assignees, clock);
	}

}
