package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.PauseKind;

/**
 * What a clock's dates are worked out from: the limit, when it started, the share after
 * which it warns, its pauses in the order they happened, and the units it was extended by
 * (with the last extension's reason).
 */
record ClockPeriod(Measure measure, int amount, Instant startedAt, BigDecimal warnShare, List<Stretch> pauses,
		int extension, @Nullable String extensionReason) {

	ClockPeriod {
		pauses = List.copyOf(pauses);
	}

	/** A period that was not extended. */
	ClockPeriod(Measure measure, int amount, Instant startedAt, BigDecimal warnShare, List<Stretch> pauses) {
		this(measure, amount, startedAt, warnShare, pauses, 0, null);
	}

	/** The limit with its extensions: what the due day is counted on. */
	int total() {
		return amount + extension;
	}

	/** A pause; {@code endedAt} {@code null} while it lasts. */
	record Stretch(PauseKind kind, Instant startedAt, @Nullable Instant endedAt) {

		boolean ended() {
			return endedAt != null;
		}

	}

	List<Stretch> endedPauses() {
		return pauses.stream().filter(Stretch::ended).toList();
	}

}
