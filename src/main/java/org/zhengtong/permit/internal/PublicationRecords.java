package org.zhengtong.permit.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublicationState;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * Lists of 双公示 records: the public 结果公示 (published records only, and only the public
 * columns: a natural person's full name and sealed number are never selected) and the
 * department's desk (withdrawn ones too, late ones flagged).
 */
@Component
public class PublicationRecords {

	/** The public columns, in the credit format's terms. */
	static final String COLUMNS = "p.id, p.kind, p.state, p.counterpart_kind, p.counterpart_public_name, p.credit_code, "
			+ "p.legal_representative, p.id_number_masked, p.document_name, p.document_number, p.category, "
			+ "p.licence_name, p.licence_number, p.violation_type, p.violation_facts, p.legal_basis, p.content, "
			+ "p.fine_amount, p.confiscated_amount, p.suspended_licence, p.decision_date, p.valid_from, p.valid_to, "
			+ "p.publicity_until, p.department_id, p.department_name, p.department_credit_code, p.case_number, "
			+ "p.remark, p.due_on, p.published_at, p.withdraw_reason, "
			+ "(p.published_at AT TIME ZONE :zone)::date > p.due_on AS late";

	static final ListSort NEWEST = ListSort.descending("decided");

	private final JdbcClient jdbc;

	private final String zone;

	PublicationRecords(JdbcClient jdbc, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.zone = platform.timeZone().getId();
	}

	/**
	 * What a list shows: kind, deciding department, decision dates from … to, words in
	 * the counterpart's public name, the document number or the content; on the desk also
	 * the state and late ones only.
	 */
	public record Filter(@Nullable PublicationKind kind, @Nullable UUID department, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String text, @Nullable PublicationState state, boolean lateOnly) {

		public static Filter publicList(@Nullable PublicationKind kind, @Nullable UUID department,
				@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String text) {
			return new Filter(kind, department, from, to, text, PublicationState.PUBLISHED, false);
		}

	}

	/** A record as public outputs show it (a natural person masked). */
	public record Row(long id, PublicationKind kind, PublicationState state, CounterpartKind counterpartKind,
			String counterpart, @Nullable String creditCode, @Nullable String legalRepresentative,
			@Nullable String idNumberMasked, String documentName, String documentNumber, String category,
			@Nullable String licenceName, @Nullable String licenceNumber, @Nullable String violationType,
			@Nullable String violationFacts, @Nullable String legalBasis, String content,
			@Nullable BigDecimal fineAmount, @Nullable BigDecimal confiscatedAmount, @Nullable String suspendedLicence,
			LocalDate decisionDate, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
			@Nullable LocalDate publicityUntil, UUID departmentId, String departmentName,
			@Nullable String departmentCreditCode, @Nullable String caseNumber, @Nullable String remark,
			LocalDate dueOn, Instant publishedAt, @Nullable String withdrawReason, boolean late) {

		/** 罚款金额 in 万元, as the credit format gives it. */
		public @Nullable BigDecimal fineInTenThousands() {
			return tenThousands(fineAmount);
		}

		public @Nullable BigDecimal confiscatedInTenThousands() {
			return tenThousands(confiscatedAmount);
		}

		private static @Nullable BigDecimal tenThousands(@Nullable BigDecimal yuan) {
			return yuan == null ? null : yuan.movePointLeft(4).stripTrailingZeros();
		}

		/** The public page of the record. */
		public String path() {
			return "/services/decisions/" + id;
		}

	}

	private ListQuery query(Filter filter) {
		ListQuery list = ListQuery.select(COLUMNS, "permit_publication p")
			.sortable("decided", "p.decision_date")
			.sortable("published", "p.published_at")
			.tieBreaker("p.id")
			.defaultSort(NEWEST)
			.param("zone", zone);
		list.filter("p.state = :state", "state", filter.state() == null ? null : filter.state().name())
			.filter("p.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
			.filter("p.department_id = :department", "department", filter.department())
			.filter("p.decision_date >= :from", "from", filter.from())
			.filter("p.decision_date <= :to", "to", filter.to())
			.filterContains("(p.counterpart_public_name || ' ' || p.document_number || ' ' || p.content)", "text",
					filter.text());
		if (filter.lateOnly()) {
			list.where("(p.published_at AT TIME ZONE :zone)::date > p.due_on");
		}
		return list;
	}

	public PageOf<Row> page(Filter filter, int page, int size) {
		return query(filter).page(jdbc, NEWEST, page, ListQuery.pageSize(size), this::row);
	}

	/** How many records the list holds. */
	public long count(Filter filter) {
		return query(filter).count(jdbc);
	}

	/** Every record of the list, in its order (for the exports). */
	public void each(Filter filter, Consumer<Row> consumer) {
		query(filter).each(jdbc, NEWEST, (rs) -> consumer.accept(row(rs, 0)));
	}

	/** A published record for its public page. */
	public java.util.Optional<Row> published(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM permit_publication p WHERE p.id = :id AND p.state = 'PUBLISHED'")
			.param("zone", zone)
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/** A record in any state, for its department's desk. */
	public java.util.Optional<Row> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM permit_publication p WHERE p.id = :id")
			.param("zone", zone)
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/** The departments with published records, by their latest name, for the filter. */
	public List<Department> departments() {
		return jdbc.sql("""
				SELECT DISTINCT ON (department_id) department_id, department_name FROM permit_publication
				WHERE state = 'PUBLISHED' ORDER BY department_id, decision_date DESC""")
			.query((rs, n) -> new Department(rs.getObject("department_id", UUID.class),
					rs.getString("department_name")))
			.list()
			.stream()
			.sorted(Comparator.comparing(Department::name))
			.toList();
	}

	/** A department to filter by. */
	public record Department(UUID id, String name) {
	}

	/**
	 * A decided permit case of the department whose decision is not on the public list.
	 */
	public record Unpublished(long caseId, String number, LocalDate decidedOn) {
	}

	/** The department's decided permit cases without a published record, oldest first. */
	public List<Unpublished> unpublishedDecisions(UUID department, ZoneId zone) {
		return jdbc.sql("""
				SELECT c.id, c.number, c.decided_at FROM permit_case c
				WHERE c.department_id = :department AND c.decision IS NOT NULL AND c.decided_at IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM permit_publication p WHERE p.case_id = c.id AND p.state = 'PUBLISHED')
				ORDER BY c.decided_at, c.id LIMIT 200""")
			.param("department", department)
			.query((rs, n) -> new Unpublished(rs.getLong("id"), rs.getString("number"),
					rs.getTimestamp("decided_at").toInstant().atZone(zone).toLocalDate()))
			.list();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), PublicationKind.valueOf(rs.getString("kind")),
				PublicationState.valueOf(rs.getString("state")),
				CounterpartKind.valueOf(rs.getString("counterpart_kind")), rs.getString("counterpart_public_name"),
				rs.getString("credit_code"), rs.getString("legal_representative"), rs.getString("id_number_masked"),
				rs.getString("document_name"), rs.getString("document_number"), rs.getString("category"),
				rs.getString("licence_name"), rs.getString("licence_number"), rs.getString("violation_type"),
				rs.getString("violation_facts"), rs.getString("legal_basis"), rs.getString("content"),
				rs.getBigDecimal("fine_amount"), rs.getBigDecimal("confiscated_amount"),
				rs.getString("suspended_licence"), rs.getObject("decision_date", LocalDate.class),
				rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
				rs.getObject("publicity_until", LocalDate.class), rs.getObject("department_id", UUID.class),
				rs.getString("department_name"), rs.getString("department_credit_code"), rs.getString("case_number"),
				rs.getString("remark"), rs.getObject("due_on", LocalDate.class),
				rs.getTimestamp("published_at").toInstant(), rs.getString("withdraw_reason"), rs.getBoolean("late"));
	}

}
