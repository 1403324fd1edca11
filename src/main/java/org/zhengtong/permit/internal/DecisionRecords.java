package org.zhengtong.permit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The SQL of the decision desk: the 审查 and 待决定 queues and the 并联 gate's look-up.
 */
@Repository
public class DecisionRecords {

	private final JdbcClient jdbc;

	DecisionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One row of a queue. */
	public record QueueRow(long id, String number, String itemName, String applicantName, ApplicantKind applicantKind,
			Instant acceptedAt, @Nullable Instant reviewedAt, @Nullable Long legalClockId, boolean subCase) {
	}

	/** The filters of a queue (each optional). */
	public record QueueFilter(@Nullable String number, @Nullable String item) {
	}

	/**
	 * The departments' cases in {@code state} (ACCEPTED: 待审查, REVIEWED: 待决定), sub-cases
	 * included, the longest accepted first by default.
	 */
	public PageOf<QueueRow> queue(AccessScope scope, PermitCaseState state, QueueFilter filter, @Nullable ListSort sort,
			int page, int size) {
		ListQuery query = ListQuery
			.select("c.id, c.number, g.name AS item_name, c.applicant_name, c.applicant_kind, c.accepted_at, "
					+ "c.reviewed_at, c.legal_clock_id, c.main_case_id IS NOT NULL AS sub_case",
					"permit_case c JOIN permit_guide g ON g.id = c.guide_id")
			.where("c.state = :state")
			.param("state", state.name());
		if (scope.isEmpty()) {
			query.where("false");
		}
		else if (!scope.all()) {
			query.where("c.department_id = ANY(:units)").param("units", scope.unitArray());
		}
		return query.filterStartsWith("c.number", "number", filter.number())
			.filterContains("g.name", "item", filter.item())
			.sortable("accepted", "c.accepted_at")
			.sortable("number", "c.number")
			.tieBreaker("c.id")
			.defaultSort(ListSort.ascending("accepted"))
			.page(jdbc, sort, page, size,
					(rs, row) -> new QueueRow(rs.getLong("id"), rs.getString("number"), rs.getString("item_name"),
							rs.getString("applicant_name"), ApplicantKind.valueOf(rs.getString("applicant_kind")),
							timestamp(rs.getTimestamp("accepted_at")), optional(rs.getTimestamp("reviewed_at")),
							(Long) rs.getObject("legal_clock_id"), rs.getBoolean("sub_case")));
	}

	private static Instant timestamp(@Nullable Timestamp at) {
		return at == null ? Instant.EPOCH : at.toInstant();
	}

	private static @Nullable Instant optional(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
