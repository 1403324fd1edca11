package org.zhengtong.permit.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The department's licences for its staff: filtered by text (licence number, case number,
 * holder, or exactly the serial of the seal certificate that sealed it), type and status
 * (EXPIRED read from the validity on today's date), sorted, paged and counted by status
 * over the same department.
 */
@Repository
public class LicenceList {

	private final JdbcClient jdbc;

	private final Clock clock;

	LicenceList(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The list's filters; any may be {@code null}. */
	public record Filter(@Nullable String text, @Nullable LicenceType type, @Nullable LicenceStatus status) {
	}

	/** One row. The holder's ID is not in the list (masked on the licence itself). */
	public record Row(String number, String caseNumber, LicenceType type, String holderName, ApplicantKind holderKind,
			LocalDate validFrom, @Nullable LocalDate validTo, LicenceStatus status, java.time.Instant issuedAt,
			String issuedBy, boolean ofd) {
	}

	public PageOf<Row> page(UUID department, Filter filter, @Nullable ListSort sort, int page, int size) {
		LocalDate today = LocalDate.now(clock);
		ListQuery query = ListQuery.select("""
				l.number, l.case_number, l.type_code, l.holder_name, l.holder_kind, l.valid_from, l.valid_to,
				l.status, l.issued_at, l.issued_by, l.ofd_link IS NOT NULL AS ofd""", "permit_licence l")
			.where("l.department_id = :department")
			.param("department", department)
			.param("today", Date.valueOf(today))
			.filter("l.type_code = :type", "type", filter.type() == null ? null : filter.type().code());
		String pattern = ListQuery.containing(filter.text());
		if (pattern != null) {
			query.filter("(l.number LIKE :text ESCAPE '\\' OR l.case_number LIKE :text ESCAPE '\\'"
					+ " OR l.holder_name LIKE :text ESCAPE '\\' OR l.seal_serial = :serial OR l.ofd_seal_serial = :serial)",
					"text", pattern)
				.param("serial", filter.text().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (filter.status() == LicenceStatus.EXPIRED) {
			query.where("l.status = 'VALID' AND l.valid_to < :today");
		}
		else if (filter.status() == LicenceStatus.VALID) {
			query.where("l.status = 'VALID' AND (l.valid_to IS NULL OR l.valid_to >= :today)");
		}
		else if (filter.status() != null) {
			query.filter("l.status = :status", "status", filter.status().name());
		}
		query.sortable("number", "l.number")
			.sortable("issued", "l.issued_at")
			.sortable("holder", "l.holder_name")
			.sortable("validTo", "l.valid_to")
			.tieBreaker("l.id")
			.defaultSort(ListSort.descending("issued"));
		return query.page(jdbc, sort, page, size, (rs, n) -> {
			LocalDate to = rs.getObject("valid_to", LocalDate.class);
			LicenceStatus status = LicenceStatus.valueOf(rs.getString("status"));
			if (status == LicenceStatus.VALID && to != null && today.isAfter(to)) {
				status = LicenceStatus.EXPIRED;
			}
			return new Row(rs.getString("number"), rs.getString("case_number"),
					LicenceType.byCode(rs.getString("type_code")).orElseThrow(), rs.getString("holder_name"),
					ApplicantKind.valueOf(rs.getString("holder_kind")), rs.getObject("valid_from", LocalDate.class), to,
					status, rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"), rs.getBoolean("ofd"));
		});
	}

	/** How many of the department's licences are in each status today. */
	public Map<LicenceStatus, Long> counts(UUID department) {
		Map<LicenceStatus, Long> counts = new EnumMap<>(LicenceStatus.class);
		for (LicenceStatus status : LicenceStatus.values()) {
			counts.put(status, 0L);
		}
		jdbc.sql("""
				SELECT CASE WHEN status = 'VALID' AND valid_to < ? THEN 'EXPIRED' ELSE status END AS shown, count(*)
				FROM permit_licence WHERE department_id = ? GROUP BY shown""")
			.params(Date.valueOf(LocalDate.now(clock)), department)
			.query((rs, n) -> counts.put(LicenceStatus.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

}
