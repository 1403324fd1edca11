package org.zhengtong.calendar;

import org.zhengtong.shared.Refusal;

/**
 * A change to the calendar that would make no sense; nothing was changed. The message key
 * and arguments say why in the user's language ({@code calendar.refused.*}).
 */
public class CalendarEditRefused extends Refusal {

	private CalendarEditRefused(String messageKey, String message, Object... arguments) {
		super(messageKey, message, arguments);
	}

	public static CalendarEditRefused weekdayWorked(Object day) {
		return new CalendarEditRefused("calendar.refused.weekdayWorked",
				day + " is a weekday, a working day already; only a Saturday or Sunday can be worked instead", day);
	}

	public static CalendarEditRefused nameMissing(Object day) {
		return new CalendarEditRefused("calendar.refused.nameMissing", day + " needs a name (such as 春节)", day);
	}

	public static CalendarEditRefused badLine(int line, String text) {
		return new CalendarEditRefused("calendar.refused.badLine",
				"Line " + line + " is not \"date,放假|上班,name\": " + text, line, text);
	}

	public static CalendarEditRefused nothingToImport(int year) {
		return new CalendarEditRefused("calendar.refused.nothingToImport", "No days to import for " + year, year);
	}

	public static CalendarEditRefused outsideYear(Object day, int year) {
		return new CalendarEditRefused("calendar.refused.outsideYear", day + " is not in " + year, day, year);
	}

}
