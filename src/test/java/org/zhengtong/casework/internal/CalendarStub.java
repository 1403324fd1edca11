package org.zhengtong.casework.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.Pause;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.calendar.YearStatus;

/**
 * A calendar in memory for the arithmetic's unit tests: weekends, the special days given,
 * the years given as confirmed.
 */
class CalendarStub implements CalendarManagement {

	private final Map<LocalDate, SpecialDay> special = new TreeMap<>();

	private final Map<Integer, YearStatus> years = new TreeMap<>();

	/** September and October 2026 as the State Council set them (国办 2025-11-04). */
	static CalendarStub autumn2026() {
		CalendarStub calendar = new CalendarStub();
		calendar.years.put(2026, YearStatus.CONFIRMED);
		calendar.holiday("中秋节", "2026-09-25", "2026-09-26", "2026-09-27");
		calendar.holiday("国庆节", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
				"2026-10-07");
		calendar.workday("国庆节调休上班", "2026-09-20", "2026-10-10");
		return calendar;
	}

	CalendarStub holiday(String name, String... days) {
		for (String day : days) {
			special.put(LocalDate.parse(day), new SpecialDay(LocalDate.parse(day), DayKind.HOLIDAY, name));
		}
		return this;
	}

	CalendarStub workday(String name, String... days) {
		for (String day : days) {
			special.put(LocalDate.parse(day), new SpecialDay(LocalDate.parse(day), DayKind.WORKDAY, name));
		}
		return this;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		SpecialDay found = special.get(day);
		if (found != null) {
			return found.kind() == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private boolean counts(LocalDate day, List<Pause> pauses) {
		return isWorkingDay(day) && pauses.stream().noneMatch((pause) -> pause.contains(day));
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int workingDays, List<Pause> pauses) {
		LocalDate day = start;
		for (int counted = 0; counted < workingDays;) {
			day = day.plusDays(1);
			if (counts(day, pauses)) {
				counted++;
			}
		}
		return day;
	}

	@Override
	public int workingDaysBetween(LocalDate start, LocalDate end, List<Pause> pauses) {
		int counted = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (counts(day, pauses)) {
				counted++;
			}
		}
		return counted;
	}

	@Override
	public YearStatus statusOf(int year) {
		return years.getOrDefault(year, YearStatus.MISSING);
	}

	@Override
	public boolean confirmedBetween(LocalDate from, LocalDate to) {
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			if (statusOf(year) != YearStatus.CONFIRMED) {
				return false;
			}
		}
		return true;
	}

	@Override
	public String sourceOf(int year) {
		return "";
	}

	@Override
	public List<SpecialDay> specialDays(int year) {
		return special.values().stream().filter((day) -> day.day().getYear() == year).toList();
	}

	@Override
	public void setDay(SpecialDay day, String editor) {
		special.put(day.day(), day);
	}

	@Override
	public void clearDay(LocalDate day, String editor) {
		special.remove(day);
	}

	@Override
	public int importYear(int year, String lines, String editor) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void confirmYear(int year, String source, String editor) {
		years.put(year, YearStatus.CONFIRMED);
	}

	@Override
	public void markProvisional(int year, String editor) {
		years.put(year, YearStatus.PROVISIONAL);
	}

}
