package org.zhengtong.casework;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A kind of case a module declares in code: its code ({@code content.article-review}),
 * the module, the enum of its states, the state a case starts in, the transitions allowed
 * between states and the states that end a case. A module declares each of its types as a
 * Spring bean; the core finds it by code and refuses any transition not declared here.
 * Immutable; build one with {@link #of}.
 *
 * @param <S> the type's state enum
 */
public final class CaseType<S extends Enum<S>> {

	private final String code;

	private final String module;

	private final Class<S> states;

	private final S initial;

	private final Map<S, Set<S>> transitions;

	private final Set<S> terminal;

	private CaseType(Builder<S> builder) {
		this.code = builder.code;
		this.module = builder.module;
		this.states = builder.states;
		this.initial = builder.initial;
		Map<S, Set<S>> transitions = new EnumMap<>(builder.states);
		builder.transitions
			.forEach((from, to) -> transitions.put(from, Collections.unmodifiableSet(EnumSet.copyOf(to))));
		this.transitions = Collections.unmodifiableMap(transitions);
		this.terminal = Collections.unmodifiableSet(builder.terminal);
	}

	/**
	 * Starts declaring a type.
	 * @param code unique over all modules, {@code <module>.<name>}, at most 80 characters
	 * @param module the declaring module's name
	 */
	public static <S extends Enum<S>> Builder<S> of(String code, String module, Class<S> states, S initial) {
		return new Builder<>(code, module, states, initial);
	}

	public String code() {
		return code;
	}

	public String module() {
		return module;
	}

	public Class<S> states() {
		return states;
	}

	public S initial() {
		return initial;
	}

	/** The states a case may move to from {@code from} (none from a terminal state). */
	public Set<S> next(S from) {
		return transitions.getOrDefault(from, Set.of());
	}

	public boolean allows(S from, S to) {
		return next(from).contains(to);
	}

	public boolean isTerminal(S state) {
		return terminal.contains(state);
	}

	/**
	 * The state of this type named {@code name}.
	 * @throws CaseworkRefused when the type has no such state
	 */
	public S state(String name) {
		for (S state : states.getEnumConstants()) {
			if (state.name().equals(name)) {
				return state;
			}
		}
		throw CaseworkRefused.unknownState(code, name);
	}

	/**
	 * Checks that a case of this type may move from {@code from} to {@code to}.
	 * @throws CaseworkRefused when the transition is not declared
	 */
	public void check(String from, String to) {
		S source = state(from);
		S target = state(to);
		if (!allows(source, target)) {
			throw CaseworkRefused.transitionNotAllowed(code, from, to);
		}
	}

	@Override
	public String toString() {
		return "CaseType[" + code + "]";
	}

	/** Collects the transitions and terminal states of a type. */
	public static final class Builder<S extends Enum<S>> {

		private final String code;

		private final String module;

		private final Class<S> states;

		private final S initial;

		private final Map<S, Set<S>> transitions;

		private final Set<S> terminal;

		private Builder(String code, String module, Class<S> states, S initial) {
			if (!code.matches("[a-z][a-z0-9-]*\\.[a-z0-9.-]+") || code.length() > 80) {
				throw new IllegalArgumentException("Not a case type code: " + code);
			}
			if (module.isBlank() || module.length() > 40) {
				throw new IllegalArgumentException("Not a module name: " + module);
			}
			this.code = code;
			this.module = module;
			this.states = states;
			this.initial = initial;
			this.transitions = new EnumMap<>(states);
			this.terminal = EnumSet.noneOf(states);
		}

		/** Allows moving from {@code from} to each of {@code to}. */
		@SafeVarargs
		public final Builder<S> allow(S from, S... to) {
			Set<S> targets = transitions.computeIfAbsent(from, (state) -> EnumSet.noneOf(states));
			for (S target : to) {
				targets.add(target);
			}
			return this;
		}

		/** States that end a case: it closes when it reaches one. */
		@SafeVarargs
		public final Builder<S> terminal(S... states) {
			for (S state : states) {
				terminal.add(state);
			}
			return this;
		}

		/**
		 * The type.
		 * @throws IllegalArgumentException when a terminal state has transitions out of
		 * it
		 */
		public CaseType<S> build() {
			for (S state : terminal) {
				if (!transitions.getOrDefault(state, Set.of()).isEmpty()) {
					throw new IllegalArgumentException(code + ": terminal state " + state + " has transitions");
				}
			}
			return new CaseType<>(this);
		}

	}

}
