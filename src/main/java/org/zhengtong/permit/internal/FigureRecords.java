package org.zhengtong.permit.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.platform.PlatformProperties;

/**
 * 电子监察's statistics in SQL (see {@link PermitFigures}). Two ways to the same figures:
 * {@link #plain} counts them from the raw tables (a plain {@code GROUP BY} over
 * {@code permit_case}, the reference), {@link #summarized} reads the summary
 * ({@code permit_statistics_month}) after {@link #refresh} has recomputed the cells whose
 * cases triggers marked as changed (V123).
 */
@Repository
public class FigureRecords {

	/** How far figures are added up. */
	public enum Grouping {

		/** One row per department. */
		DEPARTMENT,
		/** One row per item (and its department). */
		ITEM,
		/** One row per item and month: the summary's own cells. */
		CELL

	}

	/** The month of receipt (a sub-case: of acceptance) in the platform's zone. */
	private static final String MONTH = "date_trunc('month', coalesce(c.submitted_at, c.accepted_at) AT TIME ZONE :zone)::date";

	private static final String RECEIVED = "coalesce(c.submitted_at, c.accepted_at)";

	/**
	 * The working days from the acceptance day to the decision day, that day not counted.
	 */
	private static final String DAYS = "permit_working_day_index((c.decided_at AT TIME ZONE :zone)::date)"
			+ " - permit_working_day_index((c.accepted_at AT TIME ZONE :zone)::date)";

	/** The figures of the rows {@code c} (a case) and {@code p} (its 承诺 clock). */
	private static final String FIGURES = """
			count(*) FILTER (WHERE c.main_case_id IS NULL) AS received,
			count(*) FILTER (WHERE c.main_case_id IS NULL AND c.channel = 'ONLINE') AS received_online,
			count(c.accepted_at) AS accepted,
			count(c.decided_at) AS decided,
			count(*) FILTER (WHERE c.decided_at IS NOT NULL AND c.decided_at <= p.due_at) AS decided_on_time,
			coalesce(sum(%s) FILTER (WHERE c.decided_at IS NOT NULL AND c.accepted_at IS NOT NULL), 0) AS decided_days,
			count(*) FILTER (WHERE EXISTS (SELECT 1 FROM permit_warning w WHERE w.case_id = c.id AND w.level = 'RED'))
			    AS overdue""".formatted(DAYS);

	private static final String SUMS = """
			sum(received) AS received, sum(received_online) AS received_online, sum(accepted) AS accepted,
			sum(decided) AS decided, sum(decided_on_time) AS decided_on_time, sum(decided_days) AS decided_days,
			sum(overdue) AS overdue""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	FigureRecords(JdbcClient jdbc, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.zone = platform.timeZone();
	}

	/**
	 * The figures of the cases received in the months {@code from} … {@code to} counted
	 * from the raw tables, of the departments given ({@code null}: every one).
	 */
	public List<PermitFigures> plain(YearMonth from, YearMonth to, @Nullable Collection<UUID> departments,
			Grouping by) {
		String keys = switch (by) {
			case DEPARTMENT -> "c.department_id, NULL::bigint AS item_id, NULL::date AS month";
			case ITEM -> "c.department_id, c.item_id, NULL::date AS month";
			case CELL -> "c.department_id, c.item_id, " + MONTH + " AS month";
		};
		String sql = "SELECT " + keys + ", " + FIGURES
				+ " FROM permit_case c LEFT JOIN casework_clock p ON p.id = c.promised_clock_id"
				+ " WHERE c.number IS NOT NULL AND " + RECEIVED + " >= :from AND " + RECEIVED + " < :to"
				+ (departments == null ? "" : " AND c.department_id = ANY(:units)") + " GROUP BY 1, 2, 3"
				+ " ORDER BY 1, 2, 3";
		var statement = jdbc.sql(sql)
			.param("zone", zone.getId())
			.param("from", start(from))
			.param("to", start(to.plusMonths(1)));
		if (departments != null) {
			statement = statement.param("units", departments.toArray(UUID[]::new));
		}
		return statement.query(FigureRecords::figures).list();
	}

	/**
	 * The same figures from the summary (bring it up to date with {@link #refresh}
	 * first).
	 */
	public List<PermitFigures> summarized(YearMonth from, YearMonth to, @Nullable Collection<UUID> departments,
			Grouping by) {
		String keys = switch (by) {
			case DEPARTMENT -> "department_id, NULL::bigint AS item_id, NULL::date AS month";
			case ITEM -> "department_id, item_id, NULL::date AS month";
			case CELL -> "department_id, item_id, month";
		};
		String sql = "SELECT " + keys + ", " + SUMS + " FROM permit_statistics_month"
				+ " WHERE month >= :from AND month <= :to"
				+ (departments == null ? "" : " AND department_id = ANY(:units)")
				+ " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
		var statement = jdbc.sql(sql).param("from", Date.valueOf(from.atDay(1))).param("to", Date.valueOf(to.atDay(1)));
		if (departments != null) {
			statement = statement.param("units", departments.toArray(UUID[]::new));
		}
		return statement.query(FigureRecords::figures).list();
	}

	/**
	 * Recomputes, from the raw tables, the summary cells of every case marked as changed,
	 * and clears the marks, in one statement; the number of cells written. Two readers at
	 * once wait for each other rather than write a cell twice.
	 */
	public int refresh() {
		Boolean marked = jdbc.sql("SELECT EXISTS (SELECT 1 FROM permit_statistics_stale)")
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(marked)) {
			return 0;
		}
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('permit_statistics_month'))").query().rowSet();
		String sql = "WITH marked AS (DELETE FROM permit_statistics_stale RETURNING case_id),"
				+ " cells AS (SELECT DISTINCT c.department_id AS cell_department, c.item_id AS cell_item, " + MONTH
				+ " AS cell_month FROM permit_case c WHERE c.id IN (SELECT case_id FROM marked)"
				+ " AND c.number IS NOT NULL AND " + RECEIVED + " IS NOT NULL),"
				+ " figures AS (SELECT cells.cell_department, cells.cell_item, cells.cell_month, " + FIGURES
				+ " FROM cells JOIN permit_case c ON c.department_id = cells.cell_department"
				+ " AND c.item_id = cells.cell_item" + " AND " + RECEIVED
				+ " >= (cells.cell_month::timestamp AT TIME ZONE :zone)" + " AND " + RECEIVED
				+ " < ((cells.cell_month + interval '1 month')::timestamp AT TIME ZONE :zone)"
				+ " AND c.number IS NOT NULL"
				+ " LEFT JOIN casework_clock p ON p.id = c.promised_clock_id GROUP BY 1, 2, 3)"
				+ " INSERT INTO permit_statistics_month (department_id, item_id, month, received, received_online,"
				+ " accepted, decided, decided_on_time, decided_days, overdue)"
				+ " SELECT cell_department, cell_item, cell_month, received, received_online, accepted, decided,"
				+ " decided_on_time, decided_days, overdue FROM figures"
				+ " ON CONFLICT (department_id, item_id, month) DO UPDATE SET received = excluded.received,"
				+ " received_online = excluded.received_online, accepted = excluded.accepted,"
				+ " decided = excluded.decided, decided_on_time = excluded.decided_on_time,"
				+ " decided_days = excluded.decided_days, overdue = excluded.overdue";
		return jdbc.sql(sql).param("zone", zone.getId()).update();
	}

	/**
	 * Items in the catalogue (not withdrawn, a guide in force) and those applied for
	 * online.
	 */
	public record ItemCounts(long items, long online) {
	}

	/** Per department: its items in force and how many accept online applications. */
	public Map<UUID, ItemCounts> itemCounts(@Nullable Collection<UUID> departments) {
		Map<UUID, ItemCounts> counts = new HashMap<>();
		var statement = jdbc.sql("""
				SELECT i.department_id, count(*) AS items, count(*) FILTER (WHERE g.online) AS online
				FROM permit_item i JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED'
				WHERE NOT i.withdrawn""" + (departments == null ? "" : " AND i.department_id = ANY(:units)")
				+ " GROUP BY i.department_id");
		if (departments != null) {
			statement = statement.param("units", departments.toArray(UUID[]::new));
		}
		statement.query((rs) -> {
			counts.put(rs.getObject("department_id", UUID.class),
					new ItemCounts(rs.getLong("items"), rs.getLong("online")));
		});
		return counts;
	}

	/** The items' names (their newest guide's). */
	public Map<Long, String> itemNames(Collection<Long> items) {
		Map<Long, String> names = new HashMap<>();
		if (items.isEmpty()) {
			return names;
		}
		jdbc.sql("""
				SELECT DISTINCT ON (item_id) item_id, name FROM permit_guide
				WHERE item_id = ANY(:items) ORDER BY item_id, revision DESC""")
			.param("items", items.toArray(Long[]::new))
			.query((rs) -> {
				names.put(rs.getLong("item_id"), rs.getString("name"));
			});
		return names;
	}

	/** The first instant of the month in the platform's zone. */
	Timestamp start(YearMonth month) {
		return Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
	}

	private static PermitFigures figures(ResultSet row, int number) throws SQLException {
		Date month = row.getDate("month");
		long item = row.getLong("item_id");
		Long itemId = row.wasNull() ? null : item;
		return new PermitFigures(row.getObject("department_id", UUID.class), itemId,
				month == null ? null : YearMonth.from(month.toLocalDate()), row.getLong("received"),
				row.getLong("received_online"), row.getLong("accepted"), row.getLong("decided"),
				row.getLong("decided_on_time"), row.getLong("decided_days"), row.getLong("overdue"));
	}

}
