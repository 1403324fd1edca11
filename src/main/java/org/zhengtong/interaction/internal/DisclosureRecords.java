package org.zhengtong.interaction.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The sets of disclosure requests: the officers' queue by clock, those waiting for a
 * correction, and the annual report's figures. The queue reads the due instants of the
 * core's clocks (kept worked out there, recomputed when the calendar changes).
 */
@Repository
public class DisclosureRecords {

	private final JdbcClient jdbc;

	private final Clock clock;

	DisclosureRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A row of the queue; {@code dueAt} the clock that matters now (answer or 补正 period).
	 */
	public record QueueRow(UUID id, String number, String applicantName, String description, DisclosureState state,
			LocalDate receivedOn, @Nullable Instant dueAt, @Nullable Long clockId) {
	}

	/**
	 * The requests of the units in {@code scope}, open ones first by the clock that runs
	 * for them, filtered by state when given.
	 */
	public PageOf<QueueRow> queue(AccessScope scope, @Nullable DisclosureState state, @Nullable String number,
			@Nullable ListSort sort, int page, int size) {
		ListQuery query = ListQuery.select("""
				r.id, r.number, r.applicant_name, r.description, r.state, r.received_on,
				c.due_at, c.id AS clock_id""", """
				interaction_disclosure_request r
				LEFT JOIN casework_clock c ON c.id = CASE WHEN r.state = 'CORRECTION' THEN r.correction_clock_id
				                                         WHEN r.state IN ('ANSWERED', 'LAPSED') THEN NULL
				                                         ELSE r.reply_clock_id END""")
			.filter("r.state = :state", "state", state == null ? null : state.name())
			.filterContains("r.number", "number", number)
			.sortable("due", "c.due_at")
			.sortable("received", "r.received_on")
			.tieBreaker("r.id")
			.defaultSort(ListSort.ascending("due"));
		if (!scope.all()) {
			query.where("r.unit_id = ANY(:units)").param("units", scope.unitArray());
		}
		return query.page(jdbc, sort, page, size,
				(row, n) -> new QueueRow(row.getObject("id", UUID.class), row.getString("number"),
						row.getString("applicant_name"), row.getString("description"),
						DisclosureState.valueOf(row.getString("state")), row.getObject("received_on", LocalDate.class),
						row.getTimestamp("due_at") == null ? null : row.getTimestamp("due_at").toInstant(),
						row.getObject("clock_id") == null ? null : row.getLong("clock_id")));
	}

	/** Requests waiting for the applicant's correction. */
	List<UUID> awaitingCorrection() {
		return jdbc.sql("SELECT id FROM interaction_disclosure_request WHERE state = 'CORRECTION' ORDER BY id")
			.query(UUID.class)
			.list();
	}

	/** A count of requests by applicant and outcome, for the annual report. */
	record Count(String applicantType, String kind, @Nullable String replyType, @Nullable String ground, long n) {
	}

	/**
	 * The unit's requests in the year: RECEIVED (received in it), CARRIED_IN (received
	 * before, not finished before it), ANSWERED and LAPSED (finished in it, by answer)
	 * and CARRIED_OUT (received by its end, not finished by then).
	 */
	List<Count> yearCounts(UUID unit, int year) {
		return jdbc
			.sql("""
					WITH r AS (
					    SELECT applicant_type, received_on, reply_type, reply_ground, state,
					           (coalesce(replied_at, lapsed_at) AT TIME ZONE :zone)::date AS finished_on
					    FROM interaction_disclosure_request WHERE unit_id = :unit)
					SELECT applicant_type, 'RECEIVED' AS kind, NULL AS reply_type, NULL AS reply_ground, count(*) AS n
					FROM r WHERE received_on BETWEEN :first AND :last GROUP BY applicant_type
					UNION ALL
					SELECT applicant_type, 'CARRIED_IN', NULL, NULL, count(*)
					FROM r WHERE received_on < :first AND (finished_on IS NULL OR finished_on >= :first)
					GROUP BY applicant_type
					UNION ALL
					SELECT applicant_type, state, reply_type, reply_ground, count(*)
					FROM r WHERE finished_on BETWEEN :first AND :last GROUP BY applicant_type, state, reply_type, reply_ground
					UNION ALL
					SELECT applicant_type, 'CARRIED_OUT', NULL, NULL, count(*)
					FROM r WHERE received_on <= :last AND (finished_on IS NULL OR finished_on > :last)
					GROUP BY applicant_type""")
			.param("zone", clock.getZone().getId())
			.param("unit", unit)
			.param("first", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("last", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query((row, n) -> new Count(row.getString("applicant_type"), row.getString("kind"),
					row.getString("reply_type"), row.getString("reply_ground"), row.getLong("n")))
			.list();
	}

}
