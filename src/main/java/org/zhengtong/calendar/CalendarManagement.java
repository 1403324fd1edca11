package org.zhengtong.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working-day calendar every deadline is counted on. Counting follows 民法典 art. 201:
 * the day something happens is not counted; the period starts the next day.
 */
public interface CalendarManagement {

	boolean isWorkingDay(LocalDate day);

	/**
	 * The day a period of {@code workingDays} working days that starts after
	 * {@code start} ends: "within 20 working days of receipt" →
	 * {@code addWorkingDays(received, 20)}. Days inside a pause are not counted.
	 */
	LocalDate addWorkingDays(LocalDate start, int workingDays, List<Pause> pauses);

	default LocalDate addWorkingDays(LocalDate start, int workingDays) {
		return addWorkingDays(start, workingDays, List.of());
	}

	/**
	 * Working days after {@code start} up to and including {@code end}, outside the
	 * pauses: how much of a period has been used on {@code end}. Zero when {@code end} is
	 * not after {@code start}.
	 */
	int workingDaysBetween(LocalDate start, LocalDate end, List<Pause> pauses);

	default int workingDaysBetween(LocalDate start, LocalDate end) {
		return workingDaysBetween(start, end, List.of());
	}

	YearStatus statusOf(int year);

	/**
	 * Whether every year from {@code from} to {@code to} is confirmed, so a deadline
	 * counted between them is final rather than provisional (暂定).
	 */
	boolean confirmedBetween(LocalDate from, LocalDate to);

	/** The State Council notice a confirmed year follows, or an empty string. */
	String sourceOf(int year);

	/** The year's holidays and 调休 days, in date order. */
	List<SpecialDay> specialDays(int year);

	/** Sets a day's kind and name (放假 or 调休上班). */
	void setDay(SpecialDay day, String editor);

	/** Makes a day an ordinary weekday or weekend day again. */
	void clearDay(LocalDate day, String editor);

	/**
	 * Replaces a year's special days with lines of {@code date,放假|上班,name} (as an
	 * administrator copies them from the State Council's notice), all or nothing.
	 */
	int importYear(int year, String lines, String editor);

	/** Marks a year as published by the State Council, naming the notice. */
	void confirmYear(int year, String source, String editor);

	/** Marks a year as provisional (暂定) again. */
	void markProvisional(int year, String editor);

}
