package org.zhengtong.permit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.NoticeKind;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The SQL of the written notices: the 用印 list, the bulk seal's rows, the applicant's
 * list.
 */
@Repository
public class NoticeRecords {

	private final JdbcClient jdbc;

	NoticeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A notice waiting for the seal, as the 用印 list shows it. */
	public record Waiting(long id, NoticeKind kind, String number, String applicantName, String unitName,
			Instant createdAt) {
	}

	/** A sealed notice, as the applicant's case page lists it. */
	public record Sealed(long id, NoticeKind kind, String number, LocalDate datedOn, Instant sealedAt) {
	}

	PageOf<Waiting> waiting(AccessScope scope, @Nullable ListSort sort, int page, int size) {
		ListQuery query = ListQuery
			.select("n.id, n.kind, c.number, c.applicant_name, n.unit_name, n.created_at",
					"permit_notice n JOIN permit_case c ON c.id = n.case_id")
			.where("n.state = 'AWAITING_SEAL'");
		if (!scope.all()) {
			query.where("n.department_id = ANY(:units)").param("units", scope.unitArray());
		}
		query.sortable("created", "n.created_at").tieBreaker("n.id").defaultSort(ListSort.ascending("created"));
		return query.page(jdbc, sort, page, size,
				(rs, row) -> new Waiting(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
						rs.getString("number"), rs.getString("applicant_name"), rs.getString("unit_name"),
						rs.getTimestamp("created_at").toInstant()));
	}

	/**
	 * The waiting notices of the departments, their rows locked until the transaction
	 * ends.
	 */
	List<Long> waitingIds(AccessScope scope) {
		if (scope.isEmpty()) {
			return List.of();
		}
		if (scope.all()) {
			return jdbc.sql("SELECT id FROM permit_notice WHERE state = 'AWAITING_SEAL' ORDER BY id FOR UPDATE")
				.query(Long.class)
				.list();
		}
		return jdbc.sql("""
				SELECT id FROM permit_notice
				WHERE state = 'AWAITING_SEAL' AND department_id = ANY(:units)
				ORDER BY id FOR UPDATE""").param("units", scope.unitArray()).query(Long.class).list();
	}

	/** The sealed notices of a case and of its 并联 sub-cases, oldest first. */
	List<Sealed> sealedOf(long caseId) {
		return jdbc.sql("""
				SELECT n.id, n.kind, c.number, n.dated_on, n.sealed_at
				FROM permit_notice n JOIN permit_case c ON c.id = n.case_id
				WHERE n.state = 'SEALED' AND (n.case_id = :id OR c.main_case_id = :id)
				ORDER BY n.id""")
			.param("id", caseId)
			.query((rs, row) -> new Sealed(rs.getLong("id"), NoticeKind.valueOf(rs.getString("kind")),
					rs.getString("number"), rs.getObject("dated_on", LocalDate.class),
					rs.getTimestamp("sealed_at").toInstant()))
			.list();
	}

}
