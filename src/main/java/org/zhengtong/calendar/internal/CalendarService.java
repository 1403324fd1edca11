package org.zhengtong.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.calendar.CalendarChanged;
import org.zhengtong.calendar.CalendarEditRefused;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.Pause;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.calendar.YearStatus;

/**
 * The calendar, counted in memory on a snapshot of the special days (a few dozen a year).
 * The snapshot is reloaded after every change here and once a minute, so other instances
 * see an administrator's change within a minute.
 */
@Service
class CalendarService implements CalendarManagement {

	private final CalendarRecords records;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

	record Snapshot(WorkingDayCalendar calendar, List<SpecialDay> days, Map<Integer, YearStatus> years) {
	}

	CalendarService(CalendarRecords records, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.events = events;
		this.clock = clock;
	}

	private Snapshot current() {
		Snapshot loaded = snapshot.get();
		return loaded != null ? loaded : reload();
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	Snapshot reload() {
		List<SpecialDay> days = records.all();
		Map<LocalDate, DayKind> kinds = days.stream()
			.collect(Collectors.toMap(SpecialDay::day, SpecialDay::kind, (a, b) -> b, HashMap::new));
		Snapshot loaded = new Snapshot(new WorkingDayCalendar(kinds), days, records.years());
		snapshot.set(loaded);
		return loaded;
	}

	@Override
	public boolean isWorkingDay(LocalDate day) {
		return current().calendar().isWorkingDay(day);
	}

	@Override
	public LocalDate addWorkingDays(LocalDate start, int workingDays, List<Pause> pauses) {
		return current().calendar().addWorkingDays(start, workingDays, pauses);
	}

	@Override
	public int workingDaysBetween(LocalDate start, LocalDate end, List<Pause> pauses) {
		return current().calendar().workingDaysBetween(start, end, pauses);
	}

	@Override
	public YearStatus statusOf(int year) {
		return current().years().getOrDefault(year, YearStatus.MISSING);
	}

	@Override
	public boolean confirmedBetween(LocalDate from, LocalDate to) {
		for (int year = Math.min(from.getYear(), to.getYear()); year <= Math.max(from.getYear(),
				to.getYear()); year++) {
			if (statusOf(year) != YearStatus.CONFIRMED) {
				return false;
			}
		}
		return true;
	}

	@Override
	public List<SpecialDay> specialDays(int year) {
		return current().days().stream().filter((day) -> day.day().getYear() == year).toList();
	}

	@Override
	public String sourceOf(int year) {
		return records.source(year).orElse("");
	}

	@Override
	@Transactional
	public void setDay(SpecialDay day, String editor) {
		SpecialDay checked = checked(day);
		String before = describe(day.day());
		records.upsertDay(checked, editor, clock.instant());
		changed(day.day().getYear(), editor,
				AuditableEvent
					.succeeded(clock.instant(), editor, "calendar.day-set", "calendar_day", day.day().toString(),
							"设置 " + day.day() + " 为" + label(checked))
					.withChange(before, label(checked)));
	}

	@Override
	@Transactional
	public void clearDay(LocalDate day, String editor) {
		String before = describe(day);
		records.deleteDay(day);
		changed(day.getYear(), editor,
				AuditableEvent
					.succeeded(clock.instant(), editor, "calendar.day-cleared", "calendar_day", day.toString(),
							day + " 恢复为普通日")
					.withChange(before, null));
	}

	@Override
	@Transactional
	public int importYear(int year, String lines, String editor) {
		List<SpecialDay> days = SpecialDayLines.parse(lines);
		if (days.isEmpty()) {
			// Replacing a year with nothing is never what an import means.
			throw CalendarEditRefused.nothingToImport(year);
		}
		for (SpecialDay day : days) {
			if (day.day().getYear() != year) {
				throw CalendarEditRefused.outsideYear(day.day(), year);
			}
			checked(day);
		}
		int replaced = specialDays(year).size();
		records.deleteYear(year);
		days.forEach((day) -> records.upsertDay(day, editor, clock.instant()));
		changed(year, editor,
				AuditableEvent.succeeded(clock.instant(), editor, "calendar.year-imported", "calendar_year",
						Integer.toString(year), "导入 " + year + " 年安排 " + days.size() + " 天，替换原有 " + replaced + " 天"));
		return days.size();
	}

	@Override
	@Transactional
	public void confirmYear(int year, String source, String editor) {
		YearStatus before = statusOf(year);
		records.setStatus(year, YearStatus.CONFIRMED, source.strip(), editor, clock.instant());
		changed(year, editor,
				AuditableEvent
					.succeeded(clock.instant(), editor, "calendar.year-confirmed", "calendar_year",
							Integer.toString(year), year + " 年安排确认为已公布，依据：" + source.strip())
					.withChange(before.name(), YearStatus.CONFIRMED.name()));
	}

	@Override
	@Transactional
	public void markProvisional(int year, String editor) {
		YearStatus before = statusOf(year);
		records.setStatus(year, YearStatus.PROVISIONAL, sourceOf(year), editor, clock.instant());
		changed(year, editor,
				AuditableEvent
					.succeeded(clock.instant(), editor, "calendar.year-provisional", "calendar_year",
							Integer.toString(year), year + " 年安排改为暂定")
					.withChange(before.name(), YearStatus.PROVISIONAL.name()));
	}

	private static SpecialDay checked(SpecialDay day) {
		if (day.name() == null || day.name().isBlank()) {
			throw CalendarEditRefused.nameMissing(day.day());
		}
		boolean weekend = day.day().getDayOfWeek().getValue() >= 6;
		if (day.kind() == DayKind.WORKDAY && !weekend) {
			throw CalendarEditRefused.weekdayWorked(day.day());
		}
		return new SpecialDay(day.day(), day.kind(), day.name().strip());
	}

	private @Nullable String describe(LocalDate day) {
		return current().days()
			.stream()
			.filter((special) -> special.day().equals(day))
			.findFirst()
			.map(CalendarService::label)
			.orElse(null);
	}

	private static String label(SpecialDay day) {
		return (day.kind() == DayKind.HOLIDAY ? "放假" : "调休上班") + "（" + day.name() + "）";
	}

	private void changed(int year, String editor, AuditableEvent audit) {
		records.touchYear(year, editor, clock.instant());
		// Forget the snapshot once the change is committed, so no reader caches the old
		// calendar. Registered before the event is published, so it runs before the
		// listeners that recompute deadlines on the new calendar are handed the event.
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public int getOrder() {
					return Ordered.HIGHEST_PRECEDENCE;
				}

				@Override
				public void afterCommit() {
					snapshot.set(null);
				}

			});
		}
		else {
			snapshot.set(null);
		}
		events.publishEvent(new CalendarChanged(year, editor));
		events.publishEvent(audit);
	}

}
