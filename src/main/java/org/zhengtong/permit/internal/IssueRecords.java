package org.zhengtong.permit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * 待发证: the department's approved cases waiting for their licence, for its seal keepers.
 */
@Repository
public class IssueRecords {

	private final JdbcClient jdbc;

	IssueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One waiting case; {@code issueClockId} gives its art. 44 due day. */
	public record Waiting(long id, String number, String itemName, String applicantName, ApplicantKind applicantKind,
			Instant decidedAt, @Nullable Long issueClockId) {
	}

	/**
	 * The department's cases in DECIDED, filtered by number or applicant, oldest decision
	 * first.
	 */
	public PageOf<Waiting> waiting(UUID department, @Nullable String text, @Nullable ListSort sort, int page,
			int size) {
		ListQuery query = ListQuery.select("""
				c.id, c.number, g.name AS item_name, c.applicant_name, c.applicant_kind, c.decided_at,
				c.issue_clock_id""", "permit_case c JOIN permit_guide g ON g.id = c.guide_id")
			.where("c.department_id = :department")
			.where("c.state = 'DECIDED'")
			.param("department", department);
		String pattern = ListQuery.containing(text);
		if (pattern != null) {
			query.filter("(c.number LIKE :text ESCAPE '\\' OR c.applicant_name LIKE :text ESCAPE '\\')", "text",
					pattern);
		}
		query.sortable("decided", "c.decided_at")
			.sortable("number", "c.number")
			.tieBreaker("c.id")
			.defaultSort(ListSort.ascending("decided"));
		return query.page(jdbc, sort, page, size,
				(rs, n) -> new Waiting(rs.getLong("id"), rs.getString("number"), rs.getString("item_name"),
						rs.getString("applicant_name"), ApplicantKind.valueOf(rs.getString("applicant_kind")),
						rs.getTimestamp("decided_at").toInstant(), rs.getObject("issue_clock_id", Long.class)));
	}

}
