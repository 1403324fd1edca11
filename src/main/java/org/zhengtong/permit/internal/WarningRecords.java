package org.zhengtong.permit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.WarningLevel;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The SQL of 电子监察's warnings ({@code permit_warning}, append-only: rows are inserted, and
 * resolved once, never changed otherwise or deleted).
 */
@Repository
public class WarningRecords {

	private static final String COLUMNS = """
			w.id, w.case_id, c.number, g.name AS item_name, w.department_id, w.legal, w.level, w.due_day,
			w.raised_at, w.resolved_at, w.resolution, c.state""";

	private static final String FROM = """
			permit_warning w JOIN permit_case c ON c.id = w.case_id JOIN permit_guide g ON g.id = c.guide_id""";

	private final JdbcClient jdbc;

	WarningRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The permit case a clock counts for, and which of its clocks it is. */
	record ClockCase(long caseId, String number, UUID departmentId, boolean legal, PermitCaseState state,
			boolean decided) {
	}

	Optional<ClockCase> caseOfClock(long clockId) {
		return jdbc
			.sql("""
					SELECT id, number, department_id, legal_clock_id = :clock AS legal, state, decided_at IS NOT NULL AS decided
					FROM permit_case WHERE (promised_clock_id = :clock OR legal_clock_id = :clock) AND number IS NOT NULL""")
			.param("clock", clockId)
			.query((rs, row) -> new ClockCase(rs.getLong("id"), rs.getString("number"),
					rs.getObject("department_id", UUID.class), rs.getBoolean("legal"),
					PermitCaseState.valueOf(rs.getString("state")), rs.getBoolean("decided")))
			.optional();
	}

	/**
	 * Keeps a warning unless the clock already has an open one of this colour.
	 * @return its id, empty when it was already open
	 */
	Optional<Long> insert(ClockCase owner, long clockId, WarningLevel level, LocalDate dueDay, Instant dueAt,
			Instant raisedAt) {
		return jdbc.sql("""
				INSERT INTO permit_warning (case_id, department_id, clock_id, legal, level, due_day, due_at, raised_at)
				VALUES (:case, :department, :clock, :legal, :level, :dueDay, :dueAt, :raisedAt)
				ON CONFLICT (clock_id, level) WHERE resolved_at IS NULL DO NOTHING
				RETURNING id""")
			.param("case", owner.caseId())
			.param("department", owner.departmentId())
			.param("clock", clockId)
			.param("legal", owner.legal())
			.param("level", level.name())
			.param("dueDay", java.sql.Date.valueOf(dueDay))
			.param("dueAt", Timestamp.from(dueAt))
			.param("raisedAt", Timestamp.from(raisedAt))
			.query(Long.class)
			.optional();
	}

	/** Whether the clock has an open warning of this colour. */
	boolean openOn(long clockId, WarningLevel level) {
		return jdbc.sql(
				"SELECT EXISTS (SELECT 1 FROM permit_warning WHERE clock_id = ? AND level = ? AND resolved_at IS NULL)")
			.params(clockId, level.name())
			.query(Boolean.class)
			.single();
	}

	/** Resolves one open warning; false when it was already resolved. */
	boolean resolve(long warningId, Resolution resolution, Instant at) {
		return jdbc.sql("""
				UPDATE permit_warning SET resolved_at = :at, resolution = :resolution
				WHERE id = :id AND resolved_at IS NULL""")
			.param("at", Timestamp.from(at))
			.param("resolution", resolution.name())
			.param("id", warningId)
			.update() == 1;
	}

	/** The open warnings of a case. */
	List<Long> openOfCase(long caseId) {
		return jdbc.sql("SELECT id FROM permit_warning WHERE case_id = ? AND resolved_at IS NULL ORDER BY id")
			.param(caseId)
			.query(Long.class)
			.list();
	}

	/** The open warnings of a clock of this colour. */
	List<Long> openOfClock(long clockId, WarningLevel level) {
		return jdbc
			.sql("SELECT id FROM permit_warning WHERE clock_id = ? AND level = ? AND resolved_at IS NULL ORDER BY id")
			.params(clockId, level.name())
			.query(Long.class)
			.list();
	}

	/** An open warning that no longer holds, and why. */
	record Outdated(long id, Resolution resolution) {
	}

	/**
	 * Open warnings that no longer hold: their case was decided or ended, their clock
	 * stopped, or the clock was worked out again and is no longer in that colour (the
	 * core forgets a published warning when the colour moves back).
	 */
	List<Outdated> outdated(int limit) {
		return jdbc.sql("""
				SELECT w.id, CASE WHEN c.decided_at IS NOT NULL THEN 'DECIDED'
				                  WHEN c.state IN ('CLOSED', 'REJECTED', 'WITHDRAWN') THEN 'ENDED'
				                  WHEN k.state = 'STOPPED' THEN 'STOPPED'
				                  ELSE 'RECOMPUTED' END AS resolution
				FROM permit_warning w
				JOIN permit_case c ON c.id = w.case_id
				JOIN casework_clock k ON k.id = w.clock_id
				WHERE w.resolved_at IS NULL
				  AND (c.decided_at IS NOT NULL OR c.state IN ('CLOSED', 'REJECTED', 'WITHDRAWN') OR k.state = 'STOPPED'
				       OR (w.level = 'YELLOW' AND k.approaching_published_at IS NULL)
				       OR (w.level = 'RED' AND k.missed_published_at IS NULL))
				ORDER BY w.id LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new Outdated(rs.getLong("id"), Resolution.valueOf(rs.getString("resolution"))))
			.list();
	}

	Optional<WarningView> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE w.id = ?")
			.param(id)
			.query(WarningRecords::view)
			.optional();
	}

	/** Every warning of a case, oldest first. */
	public List<WarningView> ofCase(long caseId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM " + FROM + " WHERE w.case_id = ? ORDER BY w.raised_at, w.id")
			.param(caseId)
			.query(WarningRecords::view)
			.list();
	}

	/** The filters of the warnings list (each optional). */
	public record Filter(@Nullable UUID department, @Nullable WarningLevel level, @Nullable Boolean open,
			@Nullable Instant raisedFrom, @Nullable Instant raisedBefore, @Nullable String number) {
	}

	/** The warnings of the departments in scope, newest first by default. */
	public PageOf<WarningView> page(AccessScope scope, Filter filter, @Nullable ListSort sort, int page, int size) {
		return query(scope, filter).page(jdbc, sort, page, size, WarningRecords::view);
	}

	/** Open warnings per colour in the scope (unfiltered). */
	public Map<WarningLevel, Long> openCounts(AccessScope scope) {
		Map<WarningLevel, Long> counts = new EnumMap<>(WarningLevel.class);
		for (WarningLevel level : WarningLevel.values()) {
			counts.put(level, 0L);
		}
		if (scope.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT level, count(*) AS n FROM permit_warning WHERE resolved_at IS NULL"
				+ (scope.all() ? "" : " AND department_id = ANY(:units)") + " GROUP BY level")
			.params(scope.all() ? Map.of() : Map.of("units", scope.unitArray()))
			.query((rs) -> {
				counts.put(WarningLevel.valueOf(rs.getString("level")), rs.getLong("n"));
			});
		return counts;
	}

	/** The departments that have warnings (for the filter). */
	public List<UUID> departments(AccessScope scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT DISTINCT department_id FROM permit_warning"
					+ (scope.all() ? "" : " WHERE department_id = ANY(:units)"))
			.params(scope.all() ? Map.of() : Map.of("units", scope.unitArray()))
			.query(UUID.class)
			.list();
	}

	private static ListQuery query(AccessScope scope, Filter filter) {
		ListQuery query = ListQuery.select(COLUMNS, FROM);
		if (scope.isEmpty()) {
			query.where("false");
		}
		else if (!scope.all()) {
			query.where("w.department_id = ANY(:units)").param("units", scope.unitArray());
		}
		if (filter.open() != null) {
			query.where(filter.open() ? "w.resolved_at IS NULL" : "w.resolved_at IS NOT NULL");
		}
		return query.filter("w.department_id = :department", "department", filter.department())
			.filter("w.level = :level", "level", filter.level() == null ? null : filter.level().name())
			.filter("w.raised_at >= :raisedFrom", "raisedFrom",
					filter.raisedFrom() == null ? null : Timestamp.from(filter.raisedFrom()))
			.filter("w.raised_at < :raisedBefore", "raisedBefore",
					filter.raisedBefore() == null ? null : Timestamp.from(filter.raisedBefore()))
			.filterStartsWith("c.number", "number", filter.number())
			.sortable("raised", "w.raised_at")
			.sortable("due", "w.due_day")
			.sortable("number", "c.number")
			.tieBreaker("w.id")
			.defaultSort(ListSort.descending("raised"));
	}

	private static WarningView view(ResultSet rs, int row) throws SQLException {
		Timestamp resolved = rs.getTimestamp("resolved_at");
		String resolution = rs.getString("resolution");
		return new WarningView(rs.getLong("id"), rs.getLong("case_id"), rs.getString("number"),
				rs.getString("item_name"), rs.getObject("department_id", UUID.class), rs.getBoolean("legal"),
				WarningLevel.valueOf(rs.getString("level")), rs.getDate("due_day").toLocalDate(),
				rs.getTimestamp("raised_at").toInstant(), resolved == null ? null : resolved.toInstant(),
				resolution == null ? null : Resolution.valueOf(resolution),
				PermitCaseState.valueOf(rs.getString("state")));
	}

}
