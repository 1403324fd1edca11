package org.zhengtong.organization.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.organization.UnitChanged;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.organization.UnitRefused;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.CreditCode;

@Service
class UnitService implements UnitManagement {

	/**
	 * Each unit with the name valid on the day asked for (the latest that started by
	 * then).
	 */
	private static final String UNITS_ON = """
			SELECT u.id, u.parent_id, u.kind, u.credit_code, u.sort_order, u.active,
			       n.full_name, n.short_name, n.english_name, n.code_prefix
			FROM organization_unit u
			JOIN LATERAL (SELECT * FROM organization_unit_name n WHERE n.unit_id = u.id AND n.valid_from <= :day
			              ORDER BY n.valid_from DESC LIMIT 1) n ON TRUE""";

	/** Far enough ahead to read a unit's newest names. */
	private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UnitService(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	private record Row(UUID id, @Nullable UUID parentId, UnitKind kind, UnitNames names, @Nullable String creditCode,
			int sortOrder, boolean active) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitView> tree(LocalDate day) {
		List<Row> rows = jdbc.sql(UNITS_ON + " ORDER BY u.sort_order, n.full_name")
			.param("day", Date.valueOf(day))
			.query(UnitService::row)
			.list();
		Map<UUID, List<Row>> children = new HashMap<>();
		List<Row> roots = new ArrayList<>();
		for (Row row : rows) {
			if (row.parentId() == null) {
				roots.add(row);
			}
			else {
				children.computeIfAbsent(row.parentId(), (parent) -> new ArrayList<>()).add(row);
			}
		}
		List<UnitView> tree = new ArrayList<>();
		roots.forEach((root) -> walk(root, 0, children, tree));
		return tree;
	}

	private static void walk(Row row, int depth, Map<UUID, List<Row>> children, List<UnitView> into) {
		into.add(
				new UnitView(row.id(), row.parentId(), row.kind(), row.names(), row.creditCode(), row.active(), depth));
		children.getOrDefault(row.id(), List.of()).forEach((child) -> walk(child, depth + 1, children, into));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitView> find(UUID id, LocalDate day) {
		return jdbc.sql(UNITS_ON + " WHERE u.id = :id")
			.param("day", Date.valueOf(day))
			.param("id", id)
			.query(UnitService::row)
			.optional()
			.map((row) -> new UnitView(row.id(), row.parentId(), row.kind(), row.names(), row.creditCode(),
					row.active(), 0));
	}

	@Override
	@Transactional
	public UnitView create(@Nullable UUID parentId, UnitKind kind, UnitNames names, @Nullable String creditCode,
			int sortOrder, LocalDate validFrom, String actor) {
		String code = creditCode == null || creditCode.isBlank() ? null : CreditCode.of(creditCode).value();
		if (code != null && jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization_unit WHERE credit_code = ?)")
			.param(code)
			.query(Boolean.class)
			.single()) {
			throw UnitRefused.creditCodeTaken(code);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO organization_unit (id, parent_id, kind, credit_code, sort_order, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, parentId, kind.name(), code, sortOrder, Timestamp.from(clock.instant()))
			.update();
		insertNames(id, names, validFrom, actor);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "organization.unit-created", "unit",
				id.toString(),
				"新建单位 " + names.fullName() + (names.codePrefix() == null ? "" : "（" + names.codePrefix() + "）")));
		return find(id, validFrom).orElseThrow();
	}

	@Override
	@Transactional
	public UnitView rename(UUID id, UnitNames names, LocalDate validFrom, String actor) {
		UnitView current = find(id, LATEST).orElseThrow(() -> new IllegalArgumentException("No unit " + id));
		LocalDate latest = jdbc.sql("SELECT max(valid_from) FROM organization_unit_name WHERE unit_id = ?")
			.param(id)
			.query(LocalDate.class)
			.single();
		if (!validFrom.isAfter(latest)) {
			throw UnitRefused.renamedBefore(current.names().fullName(), latest);
		}
		insertNames(id, names, validFrom, actor);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "organization.unit-renamed", "unit", id.toString(),
					current.names().fullName() + " 自 " + validFrom + " 起更名为 " + names.fullName())
			.withChange(describe(current.names()), describe(names)));
		return find(id, validFrom).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Map.Entry<LocalDate, UnitNames>> nameHistory(UUID id) {
		return jdbc
			.sql("SELECT valid_from, full_name, short_name, english_name, code_prefix FROM organization_unit_name "
					+ "WHERE unit_id = ? ORDER BY valid_from DESC")
			.param(id)
			.query((row, number) -> Map.entry(row.getDate("valid_from").toLocalDate(),
					new UnitNames(row.getString("full_name"), row.getString("short_name"),
							row.getString("english_name"), row.getString("code_prefix"))))
			.list();
	}

	@Override
	@Transactional
	public UnitView move(UUID id, @Nullable UUID parentId, String actor) {
		LocalDate today = LocalDate.now(clock);
		UnitView unit = find(id, today).orElseThrow(() -> new IllegalArgumentException("No unit " + id));
		String before = unit.parentId() == null ? "-"
				: find(unit.parentId(), today).map((p) -> p.names().fullName()).orElse("?");
		String after = "-";
		if (parentId != null) {
			UnitView parent = find(parentId, today)
				.orElseThrow(() -> new IllegalArgumentException("No unit " + parentId));
			if (unitAndBelow(id).contains(parentId)) {
				throw UnitRefused.moveUnderItself(unit.names().fullName());
			}
			if (!parent.active()) {
				throw UnitRefused.unitInactive(parent.names().fullName());
			}
			after = parent.names().fullName();
		}
		jdbc.sql("UPDATE organization_unit SET parent_id = ? WHERE id = ?").params(parentId, id).update();
		events.publishEvent(new UnitChanged(id));
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "organization.unit-moved", "unit", id.toString(),
							unit.names().fullName() + " 改隶 " + after)
					.withChange(before, after));
		return find(id, today).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> unitAndBelow(UUID id) {
		return new HashSet<>(jdbc.sql("""
				WITH RECURSIVE below AS (SELECT id FROM organization_unit WHERE id = ?
				    UNION SELECT u.id FROM organization_unit u JOIN below b ON u.parent_id = b.id)
				SELECT id FROM below""").param(id).query(UUID.class).list());
	}

	@Override
	@Transactional
	public void deactivate(UUID id, String actor) {
		UnitView unit = find(id, LocalDate.now(clock)).orElseThrow(() -> new IllegalArgumentException("No unit " + id));
		int children = jdbc.sql("SELECT count(*) FROM organization_unit WHERE parent_id = ? AND active")
			.param(id)
			.query(Integer.class)
			.single();
		if (children > 0) {
			throw UnitRefused.activeChildren(unit.names().fullName(), children);
		}
		int posts = jdbc.sql("SELECT count(*) FROM organization_post WHERE unit_id = ? AND ended_on IS NULL")
			.param(id)
			.query(Integer.class)
			.single();
		if (posts > 0) {
			throw UnitRefused.unitHasStaff(unit.names().fullName(), posts);
		}
		jdbc.sql("UPDATE organization_unit SET active = FALSE WHERE id = ?").param(id).update();
		events.publishEvent(new UnitChanged(id));
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "organization.unit-deactivated", "unit", id.toString(),
							"撤销单位 " + unit.names().fullName())
					.withChange("active", "inactive"));
	}

	private void insertNames(UUID id, UnitNames names, LocalDate validFrom, String actor) {
		jdbc.sql(
				"""
						INSERT INTO organization_unit_name (unit_id, valid_from, full_name, short_name, english_name, code_prefix,
						    recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, Date.valueOf(validFrom), names.fullName().strip(), names.shortName().strip(),
					names.englishName().strip(),
					names.codePrefix() == null || names.codePrefix().isBlank() ? null : names.codePrefix().strip(),
					Timestamp.from(clock.instant()), actor)
			.update();
		events.publishEvent(new UnitChanged(id));
	}

	private static String describe(UnitNames names) {
		return names.fullName() + " / " + names.shortName() + " / " + names.englishName()
				+ (names.codePrefix() == null ? "" : " / " + names.codePrefix());
	}

	private static Row row(ResultSet row, int number) throws SQLException {
		return new Row(row.getObject("id", UUID.class), row.getObject("parent_id", UUID.class),
				UnitKind.valueOf(row.getString("kind")),
				new UnitNames(row.getString("full_name"), row.getString("short_name"), row.getString("english_name"),
						row.getString("code_prefix")),
				row.getString("credit_code"), row.getInt("sort_order"), row.getBoolean("active"));
	}

}
