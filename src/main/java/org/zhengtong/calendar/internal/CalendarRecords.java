package org.zhengtong.calendar.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.calendar.YearStatus;

/** The {@code calendar_year} and {@code calendar_day} tables. */
@Repository
class CalendarRecords {

	private final JdbcClient jdbc;

	CalendarRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SpecialDay> all() {
		return jdbc.sql("SELECT day, kind, name FROM calendar_day ORDER BY day")
			.query((row, number) -> new SpecialDay(row.getDate("day").toLocalDate(),
					DayKind.valueOf(row.getString("kind")), row.getString("name")))
			.list();
	}

	Map<Integer, YearStatus> years() {
		return jdbc.sql("SELECT year, status FROM calendar_year")
			.query((row, number) -> Map.entry(row.getInt("year"), YearStatus.valueOf(row.getString("status"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	Optional<String> source(int year) {
		return jdbc.sql("SELECT source FROM calendar_year WHERE year = ?").param(year).query(String.class).optional();
	}

	void upsertDay(SpecialDay day, String editor, Instant now) {
		jdbc.sql("""
				INSERT INTO calendar_day (day, kind, name, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (day) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,
				    updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
			.params(Date.valueOf(day.day()), day.kind().name(), day.name(), Timestamp.from(now), editor)
			.update();
	}

	void deleteDay(LocalDate day) {
		jdbc.sql("DELETE FROM calendar_day WHERE day = ?").param(Date.valueOf(day)).update();
	}

	void deleteYear(int year) {
		jdbc.sql("DELETE FROM calendar_day WHERE extract(year FROM day) = ?").param(year).update();
	}

	/** Records who changed the year last, creating it as provisional if it is new. */
	void touchYear(int year, String editor, Instant now) {
		jdbc.sql("""
				INSERT INTO calendar_year (year, status, updated_at, updated_by) VALUES (?, 'PROVISIONAL', ?, ?)
				ON CONFLICT (year) DO UPDATE SET updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by""")
			.params(year, Timestamp.from(now), editor)
			.update();
	}

	void setStatus(int year, YearStatus status, String source, String editor, Instant now) {
		touchYear(year, editor, now);
		jdbc.sql("UPDATE calendar_year SET status = ?, source = ? WHERE year = ?")
			.params(status.name(), source, year)
			.update();
	}

}
