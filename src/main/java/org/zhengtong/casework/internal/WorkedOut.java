package org.zhengtong.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.zhengtong.casework.ClockView;

/**
 * A clock's dates as counted: the last instant on time, the first that warns, the due day
 * in the platform's zone, whether a 暂定 year was counted, and how.
 */
record WorkedOut(Instant dueAt, Instant warnAt, LocalDate dueDay, boolean provisional,
		List<ClockView.Line> explanation) {
}
