package org.zhengtong.casework.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.StartClock;

/**
 * The deadline clocks of cases and steps, through {@link Deadlines} when an
 * implementation is present (looked up when first needed).
 */
@Component
class Clocks {

	private final ObjectProvider<Deadlines> deadlines;

	Clocks(ObjectProvider<Deadlines> deadlines) {
		this.deadlines = deadlines;
	}

	@Nullable Long start(@Nullable StartClock clock) {
		if (clock == null) {
			return null;
		}
		Deadlines available = deadlines.getIfAvailable();
		if (available == null) {
			throw new IllegalStateException("A deadline was asked for, but no Deadlines implementation is present");
		}
		return available.start(clock);
	}

	void stop(@Nullable Long clock) {
		Deadlines available = deadlines.getIfAvailable();
		if (clock != null && available != null) {
			available.stop(clock);
		}
	}

}
