package org.zhengtong.permit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The lead departments' 并联 cases (main cases with sub-cases), each with its slowest part
 * as {@link JointOverview#SLOWER} picks it: the undecided part whose 法定 clock is red
 * before yellow before the others, then the latest due; the most urgent first.
 */
@Repository
public class JointRecords {

	/** 0 red (overdue), 1 yellow, 2 running, 3 no undecided part with a clock. */
	private static final String RANK = "coalesce(s.rank, 3)";

	private final JdbcClient jdbc;

	JointRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A joint case in the list.
	 *
	 * @param parts the main case and its sub-cases
	 * @param undecided how many of them have not decided yet
	 * @param slowestCaseId the slowest part ({@code null} once every part has decided)
	 * @param slowestClockId that part's 法定 clock
	 */
	public record Row(long id, String number, String itemName, String applicantName, ApplicantKind applicantKind,
			PermitCaseState state, int parts, int undecided, @Nullable Long slowestCaseId,
			@Nullable UUID slowestDepartment, @Nullable Long slowestClockId) {
	}

	/**
	 * The 并联 main cases of the departments (every department when {@code null}), filtered
	 * by the main case's state and by number or applicant; by urgency (red, yellow, the
	 * rest, each by the slowest part's due time; fully decided last) or by number.
	 */
	public PageOf<Row> list(@Nullable Collection<UUID> departments, @Nullable PermitCaseState state,
			@Nullable String text, @Nullable ListSort sort, int page, int size, Instant now) {
		ListQuery query = ListQuery.select("""
				c.id, c.number, g.name AS item_name, c.applicant_name, c.applicant_kind, c.state,
				(SELECT count(*) FROM permit_case x WHERE x.main_case_id = c.id) + 1 AS parts,
				(SELECT count(*) FROM permit_case x WHERE (x.id = c.id OR x.main_case_id = c.id)
				    AND x.decided_at IS NULL) AS undecided,
				s.case_id AS slowest_case, s.department_id AS slowest_department, s.clock_id AS slowest_clock""", """
				permit_case c JOIN permit_guide g ON g.id = c.guide_id
				LEFT JOIN LATERAL (
				    SELECT p.id AS case_id, p.department_id, k.id AS clock_id, k.due_at,
				        CASE WHEN k.due_at < :now THEN 0 WHEN k.warn_at <= :now THEN 1 ELSE 2 END AS rank
				    FROM permit_case p JOIN casework_clock k ON k.id = p.legal_clock_id
				    WHERE (p.id = c.id OR p.main_case_id = c.id) AND p.decided_at IS NULL
				    ORDER BY rank, k.due_at DESC LIMIT 1) s ON true""")
			.where("c.main_case_id IS NULL")
			.where("c.number IS NOT NULL")
			.where("EXISTS (SELECT 1 FROM permit_case x WHERE x.main_case_id = c.id)")
			.param("now", Timestamp.from(now));
		if (departments != null) {
			query.where("c.department_id = ANY(:departments)").param("departments", departments.toArray(UUID[]::new));
		}
		query.filter("c.state = :state", "state", state == null ? null : state.name());
		String pattern = ListQuery.containing(text);
		if (pattern != null) {
			query.filter("(c.number LIKE :text ESCAPE '\\' OR c.applicant_name LIKE :text ESCAPE '\\')", "text",
					pattern);
		}
		query.sortable("urgency", RANK + ", s.due_at")
			.sortable("number", "c.number")
			.tieBreaker("c.id")
			.defaultSort(ListSort.ascending("urgency"));
		return query.page(jdbc, sort, page, size,
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("number"), rs.getString("item_name"),
						rs.getString("applicant_name"), ApplicantKind.valueOf(rs.getString("applicant_kind")),
						PermitCaseState.valueOf(rs.getString("state")), rs.getInt("parts"), rs.getInt("undecided"),
						rs.getObject("slowest_case", Long.class), rs.getObject("slowest_department", UUID.class),
						rs.getObject("slowest_clock", Long.class)));
	}

}
