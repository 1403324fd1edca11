package org.zhengtong.casework;

import org.jspecify.annotations.Nullable;

/**
 * Moves a case to a state its type allows from the current one, cancelling whatever tasks
 * are still open, and optionally opening a step there. The calling module decides who may
 * transition (typically after {@link Casework#decide} told it a step closed).
 *
 * @param to the name of the target state
 * @param decision the decision that led here (APPROVE …), kept in the history
 * @param opinion 意见, kept in the history, at most 2000 characters
 * @param step the step to open in the new state, or {@code null}
 */
public record Transition(long caseId, String to, String actor, @Nullable String decision, @Nullable String opinion,
		@Nullable OpenStep step) {

	public static Transition to(long caseId, Enum<?> state, String actor) {
		return new Transition(caseId, state.name(), actor, null, null, null);
	}

	public Transition opening(OpenStep step) {
		return new Transition(caseId, to, actor, decision, opinion, step);
	}

	public Transition because(@Nullable String decision, @Nullable String opinion) {
		return new Transition(caseId, to, actor, decision, opinion, step);
	}

}
