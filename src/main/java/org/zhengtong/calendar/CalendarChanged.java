package org.zhengtong.calendar;

/**
 * A year's working days changed (a holiday entered, a year confirmed): modules recompute
 * the deadlines that run through it.
 */
public record CalendarChanged(int year, String changedBy) {
}
