package org.zhengtong.permit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.Channel;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The SQL of the acceptance desk: the row lock, the 待受理 queue, the cases art. 32 watches.
 */
@Repository
public class AcceptanceRecords {

	private final JdbcClient jdbc;

	AcceptanceRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the case's row until the transaction ends, so two clerks acting on one case
	 * at once take turns: the second sees what the first did. Call before reading the
	 * entity.
	 * @return whether the case exists
	 */
	boolean lock(long caseId) {
		return jdbc.sql("SELECT id FROM permit_case WHERE id = :id FOR UPDATE")
			.param("id", caseId)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	/** The case's 办件编号, if it has one (a draft has none). */
	java.util.Optional<String> numberOf(long caseId) {
		return jdbc.sql("SELECT number FROM permit_case WHERE id = :id AND number IS NOT NULL")
			.param("id", caseId)
			.query(String.class)
			.optional();
	}

	/** A case waiting for 受理 and when its (corrected) materials arrived. */
	public record Waiting(long caseId, Instant receivedAt) {
	}

	/**
	 * Every numbered case waiting for 受理 (main or single cases), with the day art. 32
	 * counts from: the corrected materials' arrival, else the receipt.
	 */
	List<Waiting> waiting() {
		return jdbc.sql("""
				SELECT c.id, coalesce(n.completed_at, c.submitted_at) AS received_at
				FROM permit_case c LEFT JOIN permit_correction n ON n.case_id = c.id
				WHERE c.state = 'SUBMITTED' AND c.main_case_id IS NULL AND c.submitted_at IS NOT NULL
				ORDER BY c.id""")
			.query((rs, row) -> new Waiting(rs.getLong("id"), rs.getTimestamp("received_at").toInstant()))
			.list();
	}

	/** One row of the 待受理 queue. */
	public record QueueRow(long id, String number, Instant receivedAt, boolean corrected, String itemName,
			String applicantName, ApplicantKind applicantKind, Channel channel) {
	}

	/** The filters of the queue (each optional). */
	public record QueueFilter(@Nullable String number, @Nullable String item, @Nullable Channel channel,
			@Nullable Instant receivedFrom, @Nullable Instant receivedBefore) {
	}

	/** The departments' cases waiting for 受理, oldest receipt first by default. */
	public PageOf<QueueRow> queue(AccessScope scope, QueueFilter filter, @Nullable ListSort sort, int page, int size) {
		return query(scope, filter).page(jdbc, sort, page, size, (rs, row) -> new QueueRow(rs.getLong("id"),
				rs.getString("number"), rs.getTimestamp("received_at").toInstant(), rs.getBoolean("corrected"),
				rs.getString("item_name"), rs.getString("applicant_name"),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), Channel.valueOf(rs.getString("channel"))));
	}

	/** How many of the departments' cases wait for 受理, per channel (unfiltered). */
	public java.util.Map<Channel, Long> countsByChannel(AccessScope scope) {
		java.util.Map<Channel, Long> counts = new java.util.EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			counts.put(channel, 0L);
		}
		if (scope.isEmpty()) {
			return counts;
		}
		jdbc.sql("""
				SELECT channel, count(*) AS n FROM permit_case
				WHERE state = 'SUBMITTED' AND main_case_id IS NULL AND department_id = ANY(:units)
				GROUP BY channel""").param("units", scope.unitArray()).query((rs) -> {
			counts.put(Channel.valueOf(rs.getString("channel")), rs.getLong("n"));
		});
		return counts;
	}

	private static ListQuery query(AccessScope scope, QueueFilter filter) {
		ListQuery query = ListQuery.select(
				"c.id, c.number, coalesce(n.completed_at, c.submitted_at) AS received_at, n.id IS NOT NULL AS corrected, "
						+ "g.name AS item_name, c.applicant_name, c.applicant_kind, c.channel",
				"permit_case c JOIN permit_guide g ON g.id = c.guide_id LEFT JOIN permit_correction n ON n.case_id = c.id")
			.where("c.state = 'SUBMITTED' AND c.main_case_id IS NULL AND c.submitted_at IS NOT NULL");
		if (!scope.all()) {
			query.where("c.department_id = ANY(:units)").param("units", scope.unitArray());
		}
		return query.filterStartsWith("c.number", "number", filter.number())
			.filterContains("g.name", "item", filter.item())
			.filter("c.channel = :channel", "channel", filter.channel() == null ? null : filter.channel().name())
			.filter("coalesce(n.completed_at, c.submitted_at) >= :receivedFrom", "receivedFrom",
					filter.receivedFrom() == null ? null : Timestamp.from(filter.receivedFrom()))
			.filter("coalesce(n.completed_at, c.submitted_at) < :receivedBefore", "receivedBefore",
					filter.receivedBefore() == null ? null : Timestamp.from(filter.receivedBefore()))
			.sortable("received", "coalesce(n.completed_at, c.submitted_at)")
			.sortable("number", "c.number")
			.tieBreaker("c.id")
			.defaultSort(ListSort.ascending("received"));
	}

}
