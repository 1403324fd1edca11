package org.zhengtong.interaction.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.platform.PlatformProperties;

/**
 * The letter statistics in SQL (see {@link UnitMonthFigures} for what each figure means).
 * Two ways to the same figures: {@link #plain} counts them from the raw tables (a plain
 * {@code GROUP BY}, the reference), {@link #summarized} reads the per-unit, per-month
 * summary ({@code interaction_statistics_month}, and the open letters by due time in
 * {@code interaction_statistics_open}), after {@link #refresh} has recomputed the cells
 * whose letters triggers marked as changed. A letter's reply clock is the case-work clock
 * {@code interaction_request.reply_clock_id}; the letter is charged to the unit whose
 * assignment is open or ended ANSWERED.
 */
@Repository
class StatisticsRecords {

	/** The month a letter reached a unit, in the platform's zone. */
	private static final String MONTH = "date_trunc('month', a.assigned_at AT TIME ZONE :zone)::date";

	private static final String CHARGED_COLUMNS = "a.unit_id, " + MONTH
			+ " AS month, a.request_id, a.end_reason, a.ended_at, c.due_at";

	private static final String CHARGED_JOINS = """
			JOIN interaction_request q ON q.id = a.request_id
			LEFT JOIN casework_clock c ON c.id = q.reply_clock_id""";

	/**
	 * From a CTE {@code charged} (unit, month, request, end reason, end, due) to one row
	 * of figures per unit and month. A letter's ratings are its first reply's (subject
	 * {@code <id>}) and, after a 重办, its second's ({@code <id>:2}), each rated once.
	 */
	private static final String FIGURES = """
			, rated AS (
			    SELECT x.unit_id, x.month, r.level, k.state
			    FROM charged x
			    JOIN interaction_rating r ON r.subject_type = 'interaction.request' AND r.unit_id = x.unit_id
			                             AND r.subject_id = x.request_id::text
			    LEFT JOIN interaction_rectification k ON k.rating_id = r.id
			    WHERE x.end_reason = 'ANSWERED'
			    UNION ALL
			    SELECT x.unit_id, x.month, r.level, k.state
			    FROM charged x
			    JOIN interaction_rating r ON r.subject_type = 'interaction.request' AND r.unit_id = x.unit_id
			                             AND r.subject_id = x.request_id::text || ':2'
			    LEFT JOIN interaction_rectification k ON k.rating_id = r.id
			    WHERE x.end_reason = 'ANSWERED'
			), rating_figures AS (
			    SELECT unit_id, month, count(*) AS rated, count(*) FILTER (WHERE level >= 3) AS satisfied,
			           count(*) FILTER (WHERE level <= 2) AS bad, count(*) FILTER (WHERE state = 'CLOSED') AS rectified
			    FROM rated GROUP BY unit_id, month
			), handling AS (
			    SELECT unit_id, month, count(*) AS received,
			           count(*) FILTER (WHERE end_reason IN ('OBJECTED', 'REASSIGNED', 'MERGED')) AS not_charged,
			           count(*) FILTER (WHERE end_reason = 'ANSWERED') AS answered,
			           count(*) FILTER (WHERE end_reason = 'ANSWERED' AND ended_at <= due_at) AS answered_on_time,
			           count(*) FILTER (WHERE end_reason = 'ANSWERED' AND ended_at > due_at) AS answered_late,
			           count(*) FILTER (WHERE ended_at IS NULL) AS open,
			           count(*) FILTER (WHERE ended_at IS NULL AND due_at < :now) AS open_overdue
			    FROM charged GROUP BY unit_id, month
			), figures AS (
			    SELECT h.unit_id, h.month, h.received, h.not_charged, h.answered, h.answered_on_time, h.answered_late,
			           h.open, h.open_overdue, coalesce(f.rated, 0) AS rated, coalesce(f.satisfied, 0) AS satisfied,
			           coalesce(f.bad, 0) AS bad, coalesce(f.rectified, 0) AS rectified
			    FROM handling h LEFT JOIN rating_figures f ON f.unit_id = h.unit_id AND f.month = h.month
			)
			""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	StatisticsRecords(JdbcClient jdbc, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.zone = platform.timeZone();
	}

	/**
	 * The figures of the months from {@code from} to {@code to} (both included) counted
	 * from the raw tables, of the units given ({@code null}: every unit), open letters
	 * past due at {@code now}.
	 */
	List<UnitMonthFigures> plain(YearMonth from, YearMonth to, @Nullable Collection<UUID> units, Instant now) {
		String sql = "WITH charged AS (SELECT " + CHARGED_COLUMNS + " FROM interaction_request_assignment a "
				+ CHARGED_JOINS + " WHERE a.assigned_at >= :from AND a.assigned_at < :to"
				+ (units == null ? "" : " AND a.unit_id = ANY(:units)") + ")" + FIGURES
				+ "SELECT * FROM figures ORDER BY month, unit_id";
		var statement = jdbc.sql(sql)
			.param("zone", zone.getId())
			.param("now", Timestamp.from(now))
			.param("from", start(from))
			.param("to", start(to.plusMonths(1)));
		if (units != null) {
			statement = statement.param("units", units.toArray(UUID[]::new));
		}
		return statement.query((row, number) -> figures(row, row.getLong("open"), row.getLong("open_overdue"))).list();
	}

	/**
	 * The same figures from the summary (bring it up to date with {@link #refresh}
	 * first): the month's figures and its open letters by due time, those due before
	 * {@code now} counted as past due.
	 */
	List<UnitMonthFigures> summarized(YearMonth from, YearMonth to, @Nullable Collection<UUID> units, Instant now) {
		String unitFilter = units == null ? "" : " AND a.unit_id = ANY(:units)";
		var query = jdbc
			.sql("""
					SELECT a.*, coalesce(o.open, 0) AS open, coalesce(o.open_overdue, 0) AS open_overdue
					FROM interaction_statistics_month a
					LEFT JOIN (
					    SELECT unit_id, month, sum(open) AS open, coalesce(sum(open) FILTER (WHERE due_at < :now), 0) AS open_overdue
					    FROM interaction_statistics_open a
					    WHERE a.month >= :from AND a.month <= :to"""
					+ unitFilter + """

							    GROUP BY unit_id, month
							) o ON o.unit_id = a.unit_id AND o.month = a.month
							WHERE a.month >= :from AND a.month <= :to""" + unitFilter + " ORDER BY a.month, a.unit_id")
			.param("now", Timestamp.from(now))
			.param("from", Date.valueOf(from.atDay(1)))
			.param("to", Date.valueOf(to.atDay(1)));
		if (units != null) {
			query = query.param("units", units.toArray(UUID[]::new));
		}
		return query.query((row, number) -> figures(row, row.getLong("open"), row.getLong("open_overdue"))).list();
	}

	/**
	 * Recomputes, from the raw tables, the summary cells (unit, month) of every letter
	 * marked as changed (their figures and their open letters by due time), and clears
	 * the marks, in one statement; the number of cells written. Two readers at once wait
	 * for each other rather than write a cell twice.
	 */
	int refresh(Instant now) {
		Boolean marked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM interaction_statistics_stale)")
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(marked)) {
			return 0;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('interaction_statistics_month'))").query().rowSet();
		String sql = """
				WITH marked AS (DELETE FROM interaction_statistics_stale RETURNING request_id),
				cells AS (
				    SELECT DISTINCT a.unit_id AS cell_unit, """ + MONTH + """
				 AS cell_month
				    FROM interaction_request_assignment a WHERE a.request_id IN (SELECT request_id FROM marked)
				), charged AS (
				    SELECT\s""" + CHARGED_COLUMNS + """

				    FROM cells
				    JOIN interaction_request_assignment a ON a.unit_id = cells.cell_unit
				         AND a.assigned_at >= (cells.cell_month::timestamp AT TIME ZONE :zone)
				         AND a.assigned_at < ((cells.cell_month + 1 * interval '1 month')::timestamp AT TIME ZONE :zone)
				""" + CHARGED_JOINS + ")" + FIGURES + """
				, cleared AS (
				    DELETE FROM interaction_statistics_open o USING cells
				    WHERE o.unit_id = cells.cell_unit AND o.month = cells.cell_month
				), opened AS (
				    INSERT INTO interaction_statistics_open (unit_id, month, due_at, open)
				    SELECT unit_id, month, due_at, count(*) FROM charged WHERE ended_at IS NULL GROUP BY 1, 2, 3
				)
				INSERT INTO interaction_statistics_month (unit_id, month, received, not_charged, answered,
				    answered_on_time, answered_late, rated, satisfied, bad, rectified)
				SELECT unit_id, month, received, not_charged, answered, answered_on_time, answered_late, rated,
				       satisfied, bad, rectified FROM figures
				ON CONFLICT (unit_id, month) DO UPDATE SET received = excluded.received,
				    not_charged = excluded.not_charged, answered = excluded.answered,
				    answered_on_time = excluded.answered_on_time, answered_late = excluded.answered_late,
				    rated = excluded.rated, satisfied = excluded.satisfied, bad = excluded.bad,
				    rectified = excluded.rectified""";
		return jdbc.sql(sql).param("zone", zone.getId()).param("now", Timestamp.from(now)).update();
	}

	/**
	 * Marks every routed letter as changed, so the next refresh recomputes every cell.
	 */
	int markAll() {
		return jdbc.sql("""
				INSERT INTO interaction_statistics_stale (request_id)
				SELECT DISTINCT request_id FROM interaction_request_assignment""").update();
	}

	/**
	 * 我为政府网站找错 as the 政府网站工作年度报表 counts 留言办理, for letters of the door submitted from
	 * {@code from} up to (not including) {@code to}: received (all but those the writer
	 * withdrew), answered, answered no later than the reply clock's due time (a merged
	 * letter answered with the one it repeats counts as on time), the average days from
	 * submission to answer, and the answers on the public reply board.
	 */
	SiteErrorFigures siteErrors(Instant from, Instant to) {
		return jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE q.state <> 'WITHDRAWN') AS received,
					       count(*) FILTER (WHERE q.state NOT IN ('SCREENING', 'SUBMITTED', 'REJECTED', 'WITHDRAWN'))
					           AS accepted,
					       count(q.replied_at) AS answered,
					       count(q.replied_at) FILTER (WHERE q.replied_at <= coalesce(c.due_at, q.replied_at)) AS on_time,
					       round((avg(extract(epoch FROM q.replied_at - q.submitted_at)) / 86400)::numeric, 1) AS average_days,
					       count(b.request_id) FILTER (WHERE NOT b.hidden) AS published
					FROM interaction_request q
					LEFT JOIN casework_clock c ON c.id = q.reply_clock_id
					LEFT JOIN interaction_board_entry b ON b.request_id = q.id
					WHERE q.door = 'SITE_ERROR' AND q.submitted_at >= :from AND q.submitted_at < :to""")
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((row, number) -> new SiteErrorFigures(row.getLong("received"), row.getLong("accepted"),
					row.getLong("answered"), row.getLong("on_time"), row.getBigDecimal("average_days"),
					row.getLong("published")))
			.single();
	}

	/** 我为政府网站找错 figures of a period (see {@link #siteErrors}). */
	record SiteErrorFigures(long received, long accepted, long answered, long onTime, @Nullable BigDecimal averageDays,
			long published) {
	}

	/** The first instant of the month in the platform's zone. */
	Timestamp start(YearMonth month) {
		return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
	}

	private static UnitMonthFigures figures(ResultSet row, long open, long openOverdue) throws SQLException {
		return new UnitMonthFigures(row.getObject("unit_id", UUID.class),
				YearMonth.from(row.getDate("month").toLocalDate()), row.getLong("received"), row.getLong("not_charged"),
				row.getLong("answered"), row.getLong("answered_on_time"), row.getLong("answered_late"), open,
				openOverdue, row.getLong("rated"), row.getLong("satisfied"), row.getLong("bad"),
				row.getLong("rectified"));
	}

}
