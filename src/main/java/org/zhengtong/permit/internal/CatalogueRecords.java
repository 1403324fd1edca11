package org.zhengtong.permit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The catalogue's lists: the departments' items with their latest version for the desk,
 * and the guides in force for the portal.
 */
@Repository
public class CatalogueRecords {

	/** Each item with its latest version (the one being drafted, or the one in force). */
	private static final String DESK_FROM = """
			permit_item i
			JOIN LATERAL (SELECT g.id, g.revision, g.state, g.name FROM permit_guide g
			              WHERE g.item_id = i.id ORDER BY g.revision DESC LIMIT 1) l ON true
			LEFT JOIN permit_guide p ON p.item_id = i.id AND p.state = 'PUBLISHED'""";

	private final JdbcClient jdbc;

	CatalogueRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The desk's filters; {@code null} or blank: any. */
	public record DeskFilter(@Nullable PermitTheme theme, @Nullable Audience audience, @Nullable GuideState state,
			@Nullable String text) {
	}

	/** A row of the desk: an item, its latest version and the revision in force. */
	public record DeskRow(long itemId, String code, UUID departmentId, Audience audience, PermitTheme theme,
			boolean withdrawn, long latestId, int latestRevision, GuideState latestState, String name,
			@Nullable Integer inForceRevision) {
	}

	public PageOf<DeskRow> desk(AccessScope scope, DeskFilter filter, @Nullable ListSort sort, int page, int size) {
		ListQuery query = deskQuery(scope, filter);
		return query.page(jdbc, sort, page, size, (row, n) -> new DeskRow(row.getLong("id"), row.getString("code"),
				row.getObject("department_id", UUID.class), Audience.valueOf(row.getString("audience")),
				PermitTheme.valueOf(row.getString("theme")), row.getBoolean("withdrawn"), row.getLong("latest_id"),
				row.getInt("latest_revision"), GuideState.valueOf(row.getString("latest_state")),
				row.getString("latest_name"), (Integer) row.getObject("in_force")));
	}

	/**
	 * How many items of the scope match the filters other than the state, by the state of
	 * their latest version.
	 */
	public Map<GuideState, Long> deskCounts(AccessScope scope, DeskFilter filter) {
		ListQuery query = deskQuery(scope, new DeskFilter(filter.theme(), filter.audience(), null, filter.text()));
		Map<GuideState, Long> counts = new EnumMap<>(GuideState.class);
		for (GuideState state : GuideState.values()) {
			counts.put(state, 0L);
		}
		String sql = "SELECT x.latest_state AS state, count(*) AS n FROM (" + query.selectSql(null)
				+ ") AS x GROUP BY x.latest_state";
		jdbc.sql(sql).params(query.params()).query((ResultSet row) -> {
			counts.put(GuideState.valueOf(row.getString("state")), row.getLong("n"));
		});
		return counts;
	}

	private static ListQuery deskQuery(AccessScope scope, DeskFilter filter) {
		ListQuery query = ListQuery.select("""
				i.id, i.code, i.department_id, i.audience, i.theme, i.withdrawn, l.id AS latest_id,
				l.revision AS latest_revision, l.state AS latest_state, l.name AS latest_name,
				p.revision AS in_force""", DESK_FROM)
			.filter("i.theme = :theme", "theme", filter.theme() == null ? null : filter.theme().name())
			.filter("i.audience = :audience", "audience", filter.audience() == null ? null : filter.audience().name())
			.filter("l.state = :state", "state", filter.state() == null ? null : filter.state().name())
			.filter("(i.code LIKE :text ESCAPE '\\' OR l.name LIKE :text ESCAPE '\\')", "text",
					ListQuery.containing(filter.text()))
			.sortable("code", "i.code")
			.sortable("name", "l.name")
			.tieBreaker("i.id")
			.defaultSort(ListSort.ascending("code"));
		if (!scope.all()) {
			query.where("i.department_id = ANY(:units)").param("units", scope.unitArray());
		}
		return query;
	}

	/** The portal's filters; {@code null} or blank: any. */
	public record PublicFilter(@Nullable PermitTheme theme, @Nullable UUID department, @Nullable Audience audience,
			@Nullable String text) {
	}

	/** An item the portal lists: its guide in force in a line. */
	public record PublicRow(String code, String name, @Nullable String nameEn, UUID departmentId, Audience audience,
			PermitTheme theme, boolean online, int legalDays, int promisedDays, boolean joint) {
	}

	/**
	 * The items offered now with their guide in force, by theme and name; a citizen's
	 * (个人) list holds the items for citizens and for both, an enterprise's (法人) likewise.
	 */
	public List<PublicRow> offered(PublicFilter filter) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new java.util.HashMap<>();
		if (filter.theme() != null) {
			conditions.add("i.theme = :theme");
			params.put("theme", filter.theme().name());
		}
		if (filter.department() != null) {
			conditions.add("i.department_id = :department");
			params.put("department", filter.department());
		}
		if (filter.audience() != null && filter.audience() != Audience.BOTH) {
			conditions.add("i.audience IN (:audience, 'BOTH')");
			params.put("audience", filter.audience().name());
		}
		String text = ListQuery.containing(filter.text());
		if (text != null) {
			conditions.add("(g.name LIKE :text ESCAPE '\\' OR coalesce(g.name_en, '') ILIKE :text ESCAPE '\\'"
					+ " OR g.synonyms LIKE :text ESCAPE '\\' OR i.code LIKE :text ESCAPE '\\')");
			params.put("text", text);
		}
		String sql = """
				SELECT i.code, g.name, g.name_en, i.department_id, i.audience, i.theme, g.online, g.legal_days,
				       g.promised_days, g.joint
				FROM permit_item i JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED'
				WHERE NOT i.withdrawn""" + conditions.stream().map((c) -> " AND " + c).reduce("", String::concat)
				+ " ORDER BY i.theme, g.name, i.code LIMIT 1000";
		return jdbc.sql(sql).params(params).query(CatalogueRecords::publicRow).list();
	}

	/** Themes that list at least one item offered now, with how many. */
	public Map<PermitTheme, Long> offeredThemes() {
		Map<PermitTheme, Long> counts = new EnumMap<>(PermitTheme.class);
		jdbc.sql("""
				SELECT i.theme, count(*) AS n FROM permit_item i
				JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED'
				WHERE NOT i.withdrawn GROUP BY i.theme""").query((ResultSet row) -> {
			counts.put(PermitTheme.valueOf(row.getString("theme")), row.getLong("n"));
		});
		return counts;
	}

	/** Departments with at least one item offered now. */
	public List<UUID> offeringDepartments() {
		return jdbc.sql("""
				SELECT DISTINCT i.department_id FROM permit_item i
				JOIN permit_guide g ON g.item_id = i.id AND g.state = 'PUBLISHED' WHERE NOT i.withdrawn""")
			.query(UUID.class)
			.list();
	}

	private static PublicRow publicRow(ResultSet row, int n) throws SQLException {
		return new PublicRow(row.getString("code"), row.getString("name"), row.getString("name_en"),
				row.getObject("department_id", UUID.class), Audience.valueOf(row.getString("audience")),
				PermitTheme.valueOf(row.getString("theme")), row.getBoolean("online"), row.getInt("legal_days"),
				row.getInt("promised_days"), row.getBoolean("joint"));
	}

}
