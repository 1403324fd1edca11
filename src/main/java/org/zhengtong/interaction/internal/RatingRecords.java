package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.interaction.FollowUpWay;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.interaction.RectificationView;
import org.zhengtong.interaction.Satisfaction;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * Invitations, ratings and the 评议 figures in SQL. A rating is inserted only where none
 * exists for its subject (the unique constraint decides, also between two at once).
 */
@Repository
class RatingRecords {

	/** An invitation to rate. */
	record Invitation(UUID id, RatedSubject subject, UUID unit, String serviceCode, String title,
			@Nullable UUID raterAccount) {
	}

	private static final String VIEW_COLUMNS = """
			x.id, g.subject_type, g.subject_id, i.title, x.unit_id, g.service_code, g.level, g.comment, g.rated_at,
			x.state, x.opened_at, x.case_id, x.clock_id, x.complaint_valid, x.finding, x.measures, x.follow_up_on,
			x.follow_up_way, x.follow_up_result, x.closed_by, x.closed_at""";

	private static final String VIEW_FROM = """
			interaction_rectification x join interaction_rating g on g.id = x.rating_id
			join interaction_rating_invitation i on i.id = g.invitation_id""";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	RatingRecords(JdbcClient jdbc, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.zone = platform.timeZone();
	}

	/** Stores the invitation unless the subject has one; whether it was stored. */
	boolean invite(InviteRating command, Instant at) {
		return jdbc.sql("""
				insert into interaction_rating_invitation (id, subject_type, subject_id, unit_id, service_code,
				    service_name, service_name_en, title, rater_account_id, invited_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (subject_type, subject_id) do nothing""")
			.params(UUID.randomUUID(), command.subject().type(), command.subject().id(), command.unit(),
					command.service().code(), command.service().name(), command.service().englishName(),
					command.title(), command.raterAccount(), java.sql.Timestamp.from(at))
			.update() == 1;
	}

	Optional<Invitation> invitation(RatedSubject subject) {
		return jdbc.sql("""
				select id, unit_id, service_code, title, rater_account_id from interaction_rating_invitation
				where subject_type = ? and subject_id = ?""")
			.params(subject.type(), subject.id())
			.query((rs, row) -> new Invitation(rs.getObject("id", UUID.class), subject,
					rs.getObject("unit_id", UUID.class), rs.getString("service_code"), rs.getString("title"),
					rs.getObject("rater_account_id", UUID.class)))
			.optional();
	}

	/**
	 * Inserts the rating unless the subject was rated; whether it was inserted.
	 */
	boolean insert(UUID id, Invitation invitation, RatingLevel level, @Nullable String comment, String by, Instant at) {
		return jdbc.sql("""
				insert into interaction_rating (id, invitation_id, subject_type, subject_id, unit_id, service_code,
				    level, comment, rated_by, rated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (subject_type, subject_id) do nothing""")
			.params(id, invitation.id(), invitation.subject().type(), invitation.subject().id(), invitation.unit(),
					invitation.serviceCode(), level.score(), comment, by, java.sql.Timestamp.from(at))
			.update() == 1;
	}

	Optional<RatingView> rating(RatedSubject subject) {
		return jdbc.sql("""
				select g.id, g.unit_id, g.service_code, g.level, g.comment, g.rated_at, x.id as rectification
				from interaction_rating g left join interaction_rectification x on x.rating_id = g.id
				where g.subject_type = ? and g.subject_id = ?""")
			.params(subject.type(), subject.id())
			.query((rs, row) -> new RatingView(rs.getObject("id", UUID.class), subject,
					rs.getObject("unit_id", UUID.class), rs.getString("service_code"),
					RatingLevel.of(rs.getInt("level")), rs.getString("comment"),
					rs.getTimestamp("rated_at").toInstant(), rs.getObject("rectification", UUID.class)))
			.optional();
	}

	Optional<RectificationView> rectification(UUID id) {
		return jdbc.sql("select " + VIEW_COLUMNS + " from " + VIEW_FROM + " where x.id = ?")
			.param(id)
			.query(RatingRecords::view)
			.optional();
	}

	/**
	 * A page of the rectifications of the given units ({@code all}: every unit), filtered
	 * by unit, state (open, overdue at {@code now}, closed) and due day, counted and
	 * sorted in SQL; by default oldest first.
	 */
	PageOf<RectificationView> rectifications(UUID[] units, boolean all, RectificationDesk.Filter filter, Instant now,
			@Nullable ListSort sort, int page, int size) {
		return rectificationList(units, all, filter, now).page(jdbc, sort, page, size, RatingRecords::view);
	}

	ListQuery rectificationList(UUID[] units, boolean all, RectificationDesk.Filter filter, Instant now) {
		ListQuery query = ListQuery.select(VIEW_COLUMNS, VIEW_FROM + " left join casework_clock c on c.id = x.clock_id")
			.filter("x.unit_id = :unit", "unit", filter.unit())
			.filter("c.due_at >= :due_from", "due_from",
					filter.dueFrom() == null ? null
							: java.sql.Timestamp.from(filter.dueFrom().atStartOfDay(zone).toInstant()))
			.filter("c.due_at < :due_to", "due_to",
					filter.dueTo() == null ? null
							: java.sql.Timestamp.from(filter.dueTo().plusDays(1).atStartOfDay(zone).toInstant()))
			.sortable("opened", "x.opened_at")
			.sortable("due", "c.due_at")
			.sortable("state", "x.state")
			.tieBreaker("x.id")
			.defaultSort(ListSort.ascending("opened"));
		switch (filter.state()) {
			case OPEN -> query.where("x.state = 'OPEN'");
			case OVERDUE ->
				query.where("x.state = 'OPEN' and c.due_at < :now").param("now", java.sql.Timestamp.from(now));
			case CLOSED -> query.where("x.state = 'CLOSED'");
			case ALL -> {
			}
		}
		if (!all) {
			query.where("x.unit_id = any(:units)").param("units", units);
		}
		return query;
	}

	/**
	 * The units of the given ones that have rectifications, for the list's unit filter.
	 */
	List<UUID> rectifiedUnits(UUID[] units, boolean all) {
		return jdbc
			.sql("select distinct unit_id from interaction_rectification" + (all ? "" : " where unit_id = any(:units)"))
			.params(all ? java.util.Map.of() : java.util.Map.of("units", units))
			.query(UUID.class)
			.list();
	}

	/** Open rectifications of the given units (for the workbench's count). */
	long openCount(UUID[] units, boolean all) {
		return jdbc
			.sql("select count(*) from interaction_rectification where state = 'OPEN'"
					+ (all ? "" : " and unit_id = any(:units)"))
			.params(all ? java.util.Map.of() : java.util.Map.of("units", units))
			.query(Long.class)
			.single();
	}

	/** 评议 figures per unit: key the unit's id, name empty (the caller names it). */
	List<Satisfaction> byUnit(@Nullable LocalDate from, @Nullable LocalDate to) {
		return figures("g.unit_id::text", "''", from, to);
	}

	/** 评议 figures per service, named in the language asked for. */
	List<Satisfaction> byService(@Nullable LocalDate from, @Nullable LocalDate to, boolean english) {
		return figures("g.service_code", english ? "max(i.service_name_en)" : "max(i.service_name)", from, to);
	}

	private List<Satisfaction> figures(String key, String name, @Nullable LocalDate from, @Nullable LocalDate to) {
		return jdbc.sql("select " + key + " as key, " + name + """
				 as name,
				    count(*) filter (where g.level = 5) as l5, count(*) filter (where g.level = 4) as l4,
				    count(*) filter (where g.level = 3) as l3, count(*) filter (where g.level = 2) as l2,
				    count(*) filter (where g.level = 1) as l1, count(x.id) filter (where x.state = 'CLOSED') as fixed
				from interaction_rating g join interaction_rating_invitation i on i.id = g.invitation_id
				left join interaction_rectification x on x.rating_id = g.id
				where (cast(:from as timestamptz) is null or g.rated_at >= :from)
				  and (cast(:to as timestamptz) is null or g.rated_at < :to)
				group by 1 order by 2, 1""")
			.param("from", from == null ? null : java.sql.Timestamp.from(from.atStartOfDay(zone).toInstant()))
			.param("to", to == null ? null : java.sql.Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> new Satisfaction(rs.getString("key"), rs.getString("name"), rs.getLong("l5"),
					rs.getLong("l4"), rs.getLong("l3"), rs.getLong("l2"), rs.getLong("l1"), rs.getLong("fixed")))
			.list();
	}

	/** Answered letters (已答复, 已评价) replied before {@code at}, oldest first. */
	List<UUID> answeredBefore(Instant at) {
		return jdbc.sql("""
				select id from interaction_request where state in ('REPLIED', 'RATED') and replied_at < ?
				order by replied_at limit 1000""").param(java.sql.Timestamp.from(at)).query(UUID.class).list();
	}

	private static RectificationView view(ResultSet rs, int row) throws SQLException {
		Object valid = rs.getObject("complaint_valid");
		String way = rs.getString("follow_up_way");
		java.sql.Date on = rs.getDate("follow_up_on");
		java.sql.Timestamp closed = rs.getTimestamp("closed_at");
		return new RectificationView(rs.getObject("id", UUID.class),
				new RatedSubject(rs.getString("subject_type"), rs.getString("subject_id")), rs.getString("title"),
				rs.getObject("unit_id", UUID.class), rs.getString("service_code"), RatingLevel.of(rs.getInt("level")),
				rs.getString("comment"), rs.getTimestamp("rated_at").toInstant(), "OPEN".equals(rs.getString("state")),
				rs.getTimestamp("opened_at").toInstant(), (Long) rs.getObject("case_id", Long.class),
				(Long) rs.getObject("clock_id", Long.class), valid == null ? null : (Boolean) valid,
				rs.getString("finding"), rs.getString("measures"), on == null ? null : on.toLocalDate(),
				way == null ? null : FollowUpWay.valueOf(way), rs.getString("follow_up_result"),
				rs.getString("closed_by"), closed == null ? null : closed.toInstant());
	}

}
