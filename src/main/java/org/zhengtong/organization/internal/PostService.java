package org.zhengtong.organization.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.organization.Appointment;
import org.zhengtong.organization.DepartmentView;
import org.zhengtong.organization.PostEnded;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitRefused;
import org.zhengtong.organization.UnitView;
import org.zhengtong.shared.PageOf;

@Service
class PostService implements PostManagement {

	/**
	 * Posts with their unit's and department's names today and the units they oversee.
	 */
	private static final String POSTS = """
			SELECT p.id, p.holder_id, p.holder_name, p.unit_id, n.short_name AS unit_name, p.department_id,
			       d.name AS department_name, p.title, p.principal, p.phone, p.started_on, p.ended_on,
			       array(SELECT o.short_name FROM organization_oversight v
			             JOIN LATERAL (SELECT short_name FROM organization_unit_name m WHERE m.unit_id = v.unit_id
			                           AND m.valid_from <= :day ORDER BY m.valid_from DESC LIMIT 1) o ON TRUE
			             WHERE v.post_id = p.id ORDER BY o.short_name) AS oversees
			FROM organization_post p
			JOIN organization_unit u ON u.id = p.unit_id
			JOIN LATERAL (SELECT short_name, full_name FROM organization_unit_name m WHERE m.unit_id = p.unit_id
			              AND m.valid_from <= :day ORDER BY m.valid_from DESC LIMIT 1) n ON TRUE
			LEFT JOIN organization_department d ON d.id = p.department_id
			""";

	/** Each unit's place in the tree, to list people unit by unit in tree order. */
	private static final String UNIT_PATHS = """
			WITH RECURSIVE unit_path AS (
			    SELECT id, ARRAY[lpad(sort_order::text, 6, '0') || id::text] AS path FROM organization_unit
			    WHERE parent_id IS NULL
			    UNION ALL
			    SELECT u.id, p.path || (lpad(u.sort_order::text, 6, '0') || u.id::text)
			    FROM organization_unit u JOIN unit_path p ON u.parent_id = p.id)
			""";

	private final JdbcClient jdbc;

	private final UnitManagement units;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PostService(JdbcClient jdbc, UnitManagement units, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DepartmentView> departments(UUID unitId) {
		return jdbc
			.sql("SELECT * FROM organization_department WHERE unit_id = ? ORDER BY active DESC, sort_order, name")
			.param(unitId)
			.query(PostService::departmentRow)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DepartmentView> activeDepartments() {
		return jdbc.sql("SELECT * FROM organization_department WHERE active ORDER BY unit_id, sort_order, name")
			.query(PostService::departmentRow)
			.list();
	}

	@Override
	@Transactional
	public DepartmentView addDepartment(UUID unitId, String name, String englishName, int sortOrder, String actor) {
		UnitView unit = activeUnit(unitId);
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO organization_department (id, unit_id, name, english_name, sort_order, created_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, unitId, name.strip(), englishName.strip(), sortOrder, Timestamp.from(clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw UnitRefused.departmentNameTaken(unit.names().fullName(), name.strip());
		}
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "organization.department-created",
				"department", id.toString(), unit.names().fullName() + " 新设内设机构 " + name.strip()));
		return department(id).orElseThrow();
	}

	@Override
	@Transactional
	public void deactivateDepartment(UUID departmentId, String actor) {
		DepartmentView department = department(departmentId)
			.orElseThrow(() -> new IllegalArgumentException("No department " + departmentId));
		int posts = jdbc.sql("SELECT count(*) FROM organization_post WHERE department_id = ? AND ended_on IS NULL")
			.param(departmentId)
			.query(Integer.class)
			.single();
		if (posts > 0) {
			throw UnitRefused.departmentHasStaff(department.name(), posts);
		}
		jdbc.sql("UPDATE organization_department SET active = FALSE WHERE id = ?").param(departmentId).update();
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "organization.department-deactivated", "department",
							departmentId.toString(), "撤销内设机构 " + department.name())
					.withChange("active", "inactive"));
	}

	@Override
	@Transactional
	public PostView appoint(Appointment appointment, String actor) {
		UnitView unit = activeUnit(appointment.unitId());
		if (appointment.departmentId() != null && department(appointment.departmentId())
			.filter((department) -> department.active() && department.unitId().equals(unit.id()))
			.isEmpty()) {
			throw UnitRefused.departmentNotInUnit(unit.names().fullName());
		}
		if (appointment.principal()) {
			postsOf(appointment.holderId()).stream()
				.filter(PostView::principal)
				.forEach((old) -> endPost(old, appointment.startedOn(), actor));
		}
		UUID id = UUID.randomUUID();
		try {
			jdbc.sql("""
					INSERT INTO organization_post (id, holder_id, holder_name, unit_id, department_id, title, principal,
					    phone, started_on, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, appointment.holderId(), appointment.holderName(), unit.id(), appointment.departmentId(),
						appointment.title().strip(), appointment.principal(),
						appointment.phone() == null || appointment.phone().isBlank() ? null
								: appointment.phone().strip(),
						Date.valueOf(appointment.startedOn()), actor)
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw UnitRefused.alreadyHoldsPost(appointment.holderName(), unit.names().fullName());
		}
		PostView post = post(id).orElseThrow();
		events.publishEvent(
				AuditableEvent.succeeded(clock.instant(), actor, "organization.post-appointed", "post", id.toString(),
						"任命 " + post.holderName() + " 为 " + post.label() + (post.principal() ? "（编制）" : "（兼职）")));
		return post;
	}

	@Override
	@Transactional
	public void end(UUID postId, String actor) {
		PostView post = post(postId).orElseThrow(() -> new IllegalArgumentException("No post " + postId));
		if (!post.current()) {
			throw UnitRefused.postEnded(post.holderName());
		}
		LocalDate today = LocalDate.now(clock);
		endPost(post, today.isBefore(post.startedOn()) ? post.startedOn() : today, actor);
	}

	private void endPost(PostView post, LocalDate day, String actor) {
		LocalDate ended = day.isBefore(post.startedOn()) ? post.startedOn() : day;
		jdbc.sql("UPDATE organization_post SET ended_on = ? WHERE id = ? AND ended_on IS NULL")
			.params(Date.valueOf(ended), post.id())
			.update();
		events.publishEvent(new PostEnded(post.id(), post.holderId(), post.unitId(), post.principal(), ended));
		events.publishEvent(
				AuditableEvent
					.succeeded(clock.instant(), actor, "organization.post-ended", "post", post.id().toString(),
							post.holderName() + " 自 " + ended + " 起不再任 " + post.label())
					.withChange(post.label(), "-"));
	}

	@Override
	@Transactional
	public PostView oversee(UUID postId, Set<UUID> unitIds, String actor) {
		PostView before = post(postId).orElseThrow(() -> new IllegalArgumentException("No post " + postId));
		if (!before.current()) {
			throw UnitRefused.postEnded(before.holderName());
		}
		jdbc.sql("DELETE FROM organization_oversight WHERE post_id = ?").param(postId).update();
		for (UUID unitId : unitIds) {
			jdbc.sql("INSERT INTO organization_oversight (post_id, unit_id) VALUES (?, ?)")
				.params(postId, unitId)
				.update();
		}
		PostView after = post(postId).orElseThrow();
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "organization.oversight-changed", "post", postId.toString(),
					after.holderName() + "（" + after.label() + "）分管：" + String.join("、", after.oversees()))
			.withChange(String.join("、", before.oversees()), String.join("、", after.oversees())));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PostView> post(UUID postId) {
		return jdbc.sql(POSTS + "WHERE p.id = :id")
			.param("day", today())
			.param("id", postId)
			.query(this::postRow)
			.optional();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostView> postsOf(UUID holderId) {
		return jdbc
			.sql(POSTS + "WHERE p.holder_id = :holder AND p.ended_on IS NULL ORDER BY p.principal DESC, p.started_on")
			.param("day", today())
			.param("holder", holderId)
			.query(this::postRow)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<PostView> historyOf(UUID holderId) {
		return jdbc.sql(POSTS
				+ "WHERE p.holder_id = :holder ORDER BY p.ended_on IS NULL DESC, p.started_on DESC, p.ended_on DESC")
			.param("day", today())
			.param("holder", holderId)
			.query(this::postRow)
			.list();
	}

	@Override
	@Transactional
	public void renameHolder(UUID holderId, String name) {
		jdbc.sql("UPDATE organization_post SET holder_name = ? WHERE holder_id = ?").params(name, holderId).update();
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<PostView> addressBook(String text, @Nullable UUID unitId, int page, int size) {
		String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		UUID[] scope = unitId == null ? null : units.unitAndBelow(unitId).toArray(UUID[]::new);
		String where = """
				WHERE p.ended_on IS NULL AND (CAST(:units AS uuid[]) IS NULL OR p.unit_id = ANY(CAST(:units AS uuid[])))
				  AND (:text = '' OR p.holder_name LIKE :like ESCAPE '\\' OR p.title LIKE :like ESCAPE '\\'
				       OR n.full_name LIKE :like ESCAPE '\\' OR n.short_name LIKE :like ESCAPE '\\'
				       OR d.name LIKE :like ESCAPE '\\' OR p.phone LIKE :like ESCAPE '\\')
				""";
		long total = jdbc.sql("SELECT count(*) FROM (" + POSTS + where + ") matching")
			.param("day", today())
			.param("units", scope)
			.param("text", text.strip())
			.param("like", like)
			.query(Long.class)
			.single();
		int shown = Math.max(0, Math.min(page, (int) ((total - 1) / size)));
		List<PostView> rows = jdbc.sql(UNIT_PATHS + POSTS + "JOIN unit_path up ON up.id = p.unit_id\n" + where + """
				ORDER BY up.path, EXISTS (SELECT 1 FROM organization_oversight v WHERE v.post_id = p.id) DESC,
				         d.sort_order NULLS FIRST, p.holder_name, p.id
				LIMIT :size OFFSET :offset""")
			.param("day", today())
			.param("units", scope)
			.param("text", text.strip())
			.param("like", like)
			.param("size", size)
			.param("offset", shown * size)
			.query(this::postRow)
			.list();
		return new PageOf<>(rows, total, shown, size);
	}

	@Override
	public java.util.Set<UUID> holders(@Nullable UUID unitId, @Nullable String title) {
		String text = title == null ? "" : title.strip();
		String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		UUID[] scope = unitId == null ? null : units.unitAndBelow(unitId).toArray(UUID[]::new);
		return new java.util.HashSet<>(jdbc.sql("""
				SELECT DISTINCT p.holder_id FROM organization_post p
				WHERE p.ended_on IS NULL AND (CAST(:units AS uuid[]) IS NULL OR p.unit_id = ANY(CAST(:units AS uuid[])))
				  AND (:text = '' OR lower(p.title) LIKE lower(:like) ESCAPE '\\')""")
			.param("units", scope)
			.param("text", text)
			.param("like", like)
			.query(UUID.class)
			.list());
	}

	private UnitView activeUnit(UUID unitId) {
		UnitView unit = units.find(unitId, LocalDate.now(clock))
			.orElseThrow(() -> new IllegalArgumentException("No unit " + unitId));
		if (!unit.active()) {
			throw UnitRefused.unitInactive(unit.names().fullName());
		}
		return unit;
	}

	private Optional<DepartmentView> department(UUID id) {
		return jdbc.sql("SELECT * FROM organization_department WHERE id = ?")
			.param(id)
			.query(PostService::departmentRow)
			.optional();
	}

	private Date today() {
		return Date.valueOf(LocalDate.now(clock));
	}

	private static DepartmentView departmentRow(ResultSet row, int number) throws SQLException {
		return new DepartmentView(row.getObject("id", UUID.class), row.getObject("unit_id", UUID.class),
				row.getString("name"), row.getString("english_name"), row.getInt("sort_order"),
				row.getBoolean("active"));
	}

	private PostView postRow(ResultSet row, int number) throws SQLException {
		Date ended = row.getDate("ended_on");
		Array oversees = row.getArray("oversees");
		return new PostView(row.getObject("id", UUID.class), row.getObject("holder_id", UUID.class),
				row.getString("holder_name"), row.getObject("unit_id", UUID.class), row.getString("unit_name"),
				row.getObject("department_id", UUID.class), row.getString("department_name"), row.getString("title"),
				row.getBoolean("principal"), row.getString("phone"), row.getDate("started_on").toLocalDate(),
				ended == null ? null : ended.toLocalDate(), List.of((String[]) oversees.getArray()));
	}

}
