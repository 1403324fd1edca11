package org.zhengtong.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.Pause;

/**
 * The counting rules on a snapshot of the special days: Monday to Friday work, Saturday
 * and Sunday rest, unless a special day says otherwise. The start day is never counted
 * (民法典 art. 201), nor are days inside a pause.
 */
final class WorkingDayCalendar {

	/**
	 * Further than any statutory period reaches; protects against a loop on bad input.
	 */
	static final int MAX_WORKING_DAYS = 3650;

	private final Map<LocalDate, DayKind> special;

	WorkingDayCalendar(Map<LocalDate, DayKind> special) {
		this.special = Map.copyOf(special);
	}

	boolean isWorkingDay(LocalDate day) {
		DayKind kind = special.get(day);
		if (kind != null) {
			return kind == DayKind.WORKDAY;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	LocalDate addWorkingDays(LocalDate start, int workingDays) {
		return addWorkingDays(start, workingDays, List.of());
	}

	int workingDaysBetween(LocalDate start, LocalDate end) {
		return workingDaysBetween(start, end, List.of());
	}

	LocalDate addWorkingDays(LocalDate start, int workingDays, List<Pause> pauses) {
		if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
			throw new IllegalArgumentException("A period of " + workingDays + " working days cannot be counted");
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (counts(day, pauses)) {
				counted++;
			}
		}
		return day;
	}

	int workingDaysBetween(LocalDate start, LocalDate end, List<Pause> pauses) {
		int counted = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
			if (counts(day, pauses)) {
				counted++;
			}
		}
		return counted;
	}

	private boolean counts(LocalDate day, List<Pause> pauses) {
		return isWorkingDay(day) && pauses.stream().noneMatch((pause) -> pause.contains(day));
	}

}
