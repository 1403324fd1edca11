package org.zhengtong.calendar.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.zhengtong.calendar.CalendarEditRefused;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;

/**
 * Reads a year's schedule as an administrator types or pastes it: one day per line,
 * {@code 2027-01-01,放假,元旦} or {@code 2027-02-06,上班,春节调休上班}; commas may be Chinese (，),
 * blank lines and lines starting with # are ignored.
 */
final class SpecialDayLines {

	private SpecialDayLines() {
	}

	static List<SpecialDay> parse(String text) {
		List<SpecialDay> days = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\\s*[,，]\\s*");
			if (fields.length != 3) {
				throw CalendarEditRefused.badLine(i + 1, line);
			}
			days.add(new SpecialDay(date(fields[0], i + 1, line), kind(fields[1], i + 1, line), fields[2]));
		}
		return days;
	}

	private static LocalDate date(String text, int line, String whole) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw CalendarEditRefused.badLine(line, whole);
		}
	}

	private static DayKind kind(String text, int line, String whole) {
		return switch (text) {
			case "放假", "休", "HOLIDAY" -> DayKind.HOLIDAY;
			case "上班", "班", "WORKDAY" -> DayKind.WORKDAY;
			default -> throw CalendarEditRefused.badLine(line, whole);
		};
	}

}
