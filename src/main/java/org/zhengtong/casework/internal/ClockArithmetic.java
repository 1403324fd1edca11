package org.zhengtong.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.Pause;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.calendar.YearStatus;
import org.zhengtong.casework.ClockView.Line;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.internal.ClockPeriod.Stretch;

/**
 * Works out a clock's due and warning instants, and explains them, on the working-day
 * calendar in the platform's zone.
 * <ul>
 * <li>The start day is not counted (民法典 art. 201): a period of n days ends on the n-th
 * counted day after it, at the end of that day (the last microsecond before midnight in
 * the platform's zone). A limit in hours ends at the exact instant.</li>
 * <li>A pause keeps out of the count the days from the day after it started to the day it
 * ended, both included: the day it started had already begun to run (the office worked on
 * it), and the day it ended is treated like a start day (art. 201: the period goes on
 * from the next day). A pause that starts and ends on the same day therefore keeps no day
 * out. A limit in hours stands still for exactly as long as the pause.</li>
 * <li>A pause still open keeps nothing out yet: the dates are those the clock would have
 * had it not been paused, and they move when it resumes.</li>
 * <li>The warning comes once ceil(share × amount) days are in use, counted the same way:
 * at the beginning of that day (on day 16 of 20 at 80 %); for hours, at the exact
 * share.</li>
 * <li>An extension lengthens the limit: the due and warning days are counted on the limit
 * plus the extension, pauses kept out as before.</li>
 * <li>A period in working days that reaches into a year whose holidays are not confirmed
 * is provisional (暂定).</li>
 * </ul>
 */
final class ClockArithmetic {

	static final String EXPLAIN = "casework.clock.explain.";

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CalendarManagement calendar;

	private final ZoneId zone;

	ClockArithmetic(CalendarManagement calendar, ZoneId zone) {
		this.calendar = calendar;
		this.zone = zone;
	}

	WorkedOut work(ClockPeriod period) {
		return switch (period.measure()) {
			case WORKING_DAYS -> days(period, true);
			case CALENDAR_DAYS -> days(period, false);
			case HOURS -> hours(period);
		};
	}

	/** ceil(share × amount), at least 1 and at most the amount. */
	static int warnAfter(BigDecimal share, int amount) {
		int days = share.multiply(BigDecimal.valueOf(amount)).setScale(0, RoundingMode.CEILING).intValueExact();
		return Math.max(1, Math.min(amount, days));
	}

	/** The days the ended pauses keep out of the count (see the class comment). */
	List<Pause> dayPauses(ClockPeriod period) {
		List<Pause> pauses = new ArrayList<>();
		for (Stretch stretch : period.endedPauses()) {
			LocalDate from = day(stretch.startedAt()).plusDays(1);
			LocalDate to = day(endOf(stretch));
			if (!to.isBefore(from)) {
				pauses.add(new Pause(from, to));
			}
		}
		return pauses;
	}

	private WorkedOut days(ClockPeriod period, boolean working) {
		LocalDate start = day(period.startedAt());
		List<Pause> pauses = dayPauses(period);
		int warnAfter = warnAfter(period.warnShare(), period.total());
		LocalDate dueDay = add(start, period.total(), pauses, working);
		LocalDate warnDay = add(start, warnAfter, pauses, working);
		boolean provisional = working && !calendar.confirmedBetween(start, dueDay);
		Instant dueAt = dueDay.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
		Instant warnAt = warnDay.atStartOfDay(zone).toInstant();

		String measure = period.measure().name();
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of(EXPLAIN + "start." + measure, period.amount(), start.toString()));
		extension(period, lines);
		lines.addAll(countedDays(start, dueDay, pauses, working));
		for (Stretch stretch : period.pauses()) {
			if (stretch.ended()) {
				LocalDate from = day(stretch.startedAt());
				LocalDate to = day(endOf(stretch));
				int kept = working ? calendar.workingDaysBetween(from, to) : (int) ChronoUnit.DAYS.between(from, to);
				lines.add(Line.of(EXPLAIN + "pause." + measure, kind(stretch), from.toString(), to.toString(), kept));
			}
			else {
				lines.add(Line.of(EXPLAIN + "paused", kind(stretch), day(stretch.startedAt()).toString()));
			}
		}
		lines.add(Line.of(EXPLAIN + "due." + measure, period.total(), dueDay.toString()));
		lines.add(Line.of(EXPLAIN + "warn." + measure, percent(period.warnShare()), warnAfter, warnDay.toString()));
		if (provisional) {
			for (int year = start.getYear(); year <= dueDay.getYear(); year++) {
				if (calendar.statusOf(year) != YearStatus.CONFIRMED) {
					lines.add(Line.of(EXPLAIN + "provisional", String.valueOf(year)));
				}
			}
		}
		return new WorkedOut(dueAt, warnAt, dueDay, provisional, lines);
	}

	/**
	 * The first day counted, then the weekends, holidays (one line per holiday) and 调休
	 * working days met on the way to the due day, outside the pauses.
	 */
	private List<Line> countedDays(LocalDate start, LocalDate dueDay, List<Pause> pauses, boolean working) {
		Map<LocalDate, SpecialDay> special = new HashMap<>();
		for (int year = start.getYear(); year <= dueDay.getYear(); year++) {
			calendar.specialDays(year).forEach((day) -> special.put(day.day(), day));
		}
		@Nullable LocalDate first = null;
		int weekends = 0;
		List<Line> holidays = new ArrayList<>();
		List<Line> workdays = new ArrayList<>();
		@Nullable SpecialDay runStart = null;
		@Nullable LocalDate runEnd = null;
		int runDays = 0;
		for (LocalDate day = start.plusDays(1); !day.isAfter(dueDay); day = day.plusDays(1)) {
			LocalDate current = day;
			if (pauses.stream().anyMatch((pause) -> pause.contains(current))) {
				continue;
			}
			SpecialDay kind = working ? special.get(day) : null;
			boolean holiday = kind != null && kind.kind() == DayKind.HOLIDAY;
			if (runStart != null
					&& (!holiday || !kind.name().equals(runStart.name()) || !day.equals(runEnd.plusDays(1)))) {
				holidays.add(Line.of(EXPLAIN + "holiday", runStart.name(), runStart.day().toString(), runEnd.toString(),
						runDays));
				runStart = null;
			}
			if (holiday) {
				if (runStart == null) {
					runStart = kind;
					runDays = 0;
				}
				runEnd = day;
				runDays++;
				continue;
			}
			if (working && kind != null) {
				workdays.add(Line.of(EXPLAIN + "workday", day.toString(), kind.name()));
			}
			else if (working && weekend(day)) {
				weekends++;
				continue;
			}
			if (first == null) {
				first = day;
			}
		}
		if (runStart != null) {
			holidays.add(Line.of(EXPLAIN + "holiday", runStart.name(), runStart.day().toString(), runEnd.toString(),
					runDays));
		}
		List<Line> lines = new ArrayList<>();
		if (first != null) {
			lines.add(Line.of(EXPLAIN + "first", first.toString()));
		}
		if (weekends > 0) {
			lines.add(Line.of(EXPLAIN + "weekends", weekends));
		}
		lines.addAll(holidays);
		lines.addAll(workdays);
		return lines;
	}

	private WorkedOut hours(ClockPeriod period) {
		Duration length = Duration.ofHours(period.total());
		Duration warnLength = Duration.ofSeconds(period.warnShare()
			.multiply(BigDecimal.valueOf(length.toSeconds()))
			.setScale(0, RoundingMode.CEILING)
			.longValueExact());
		Instant dueAt = shift(period.startedAt(), length, period.endedPauses());
		Instant warnAt = shift(period.startedAt(), warnLength, period.endedPauses());
		List<Line> lines = new ArrayList<>();
		lines.add(Line.of(EXPLAIN + "start.HOURS", period.amount(), minutes(period.startedAt())));
		extension(period, lines);
		for (Stretch stretch : period.pauses()) {
			if (stretch.ended()) {
				lines.add(Line.of(EXPLAIN + "pause.HOURS", kind(stretch), minutes(stretch.startedAt()),
						minutes(endOf(stretch)), Duration.between(stretch.startedAt(), endOf(stretch)).toMinutes()));
			}
			else {
				lines.add(Line.of(EXPLAIN + "paused", kind(stretch), minutes(stretch.startedAt())));
			}
		}
		lines.add(Line.of(EXPLAIN + "due.HOURS", period.total(), minutes(dueAt)));
		lines.add(Line.of(EXPLAIN + "warn.HOURS", percent(period.warnShare()), minutes(warnAt)));
		return new WorkedOut(dueAt, warnAt, day(dueAt), false, lines);
	}

	/** The line naming an extension, right after the start: the total counts it in. */
	private static void extension(ClockPeriod period, List<Line> lines) {
		if (period.extension() > 0) {
			lines.add(Line.of(EXPLAIN + "extended." + period.measure().name(), period.extension(),
					period.extensionReason() == null ? "" : period.extensionReason(), period.total()));
		}
	}

	/** {@code from} plus {@code length}, standing still during the pauses. */
	static Instant shift(Instant from, Duration length, List<Stretch> pauses) {
		Instant at = from;
		Duration left = length;
		for (Stretch pause : pauses) {
			Instant ended = endOf(pause);
			if (!pause.startedAt().isAfter(at)) {
				at = ended.isAfter(at) ? ended : at;
				continue;
			}
			Duration before = Duration.between(at, pause.startedAt());
			if (before.compareTo(left) >= 0) {
				break;
			}
			left = left.minus(before);
			at = ended;
		}
		return at.plus(left);
	}

	private LocalDate add(LocalDate start, int amount, List<Pause> pauses, boolean working) {
		if (working) {
			return calendar.addWorkingDays(start, amount, pauses);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < amount) {
			day = day.plusDays(1);
			LocalDate current = day;
			if (pauses.stream().noneMatch((pause) -> pause.contains(current))) {
				counted++;
			}
		}
		return day;
	}

	private static Instant endOf(Stretch stretch) {
		Instant ended = stretch.endedAt();
		if (ended == null) {
			throw new IllegalStateException("The pause has not ended");
		}
		return ended;
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static DefaultMessageSourceResolvable kind(Stretch stretch) {
		return new DefaultMessageSourceResolvable("casework.clock.pause." + stretch.kind().name());
	}

	private static int percent(BigDecimal share) {
		return share.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValue();
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	private String minutes(Instant instant) {
		return MINUTES.format(instant.atZone(zone));
	}

}
