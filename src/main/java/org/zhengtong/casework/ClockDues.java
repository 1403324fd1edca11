package org.zhengtong.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Many clocks' due dates and colours at once, for a module's list sorted by deadline (a
 * unit's letters): one query, no explanation worked out.
 */
public interface ClockDues {

	/**
	 * The due instant, the last day on time (in the platform's zone) and the colour at
	 * {@code at} of each clock asked for; unknown ids are left out.
	 */
	Map<Long, Due> of(Collection<Long> clocks, Instant at);

	/** A clock's due date as a list shows it. */
	record Due(long clockId, Instant dueAt, LocalDate dueDay, ClockColour colour) {
	}

}
