package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The office's SQL: the queues through {@link ListQuery}, their counts, and the row lock
 * that lets one office step at a time change a letter.
 */
@Component
class OfficeRecords {

	private static final String COLUMNS = """
			r.id, r.version, r.number, r.door, r.topic, r.region, r.title, r.state, r.submitted_at, r.unit_id,
			r.case_id, r.reply_clock_id, r.escalated_at,
			(SELECT a.objection FROM interaction_request_assignment a
			  WHERE a.request_id = r.id AND a.end_reason = 'OBJECTED' ORDER BY a.ended_at DESC, a.id DESC LIMIT 1) AS objection,
			(SELECT a.unit_id FROM interaction_request_assignment a
			  WHERE a.request_id = r.id AND a.end_reason = 'OBJECTED' ORDER BY a.ended_at DESC, a.id DESC LIMIT 1) AS objected_by""";

	private final JdbcClient jdbc;

	OfficeRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the letter's row until the transaction ends: of two office steps on one
	 * letter the second waits, then finds the letter as the first left it.
	 * @return whether the letter exists
	 */
	boolean lock(UUID letter) {
		return jdbc.sql("SELECT id FROM interaction_request WHERE id = ? FOR UPDATE")
			.param(letter)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/** The id of the letter with this number. */
	java.util.Optional<UUID> idOf(String number) {
		return jdbc.sql("SELECT id FROM interaction_request WHERE number = ?")
			.param(number)
			.query(UUID.class)
			.optional();
	}

	/** Whether other letters were merged into this one. */
	boolean hasMerged(UUID letter) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM interaction_request WHERE merged_into = ?)")
			.param(letter)
			.query(Boolean.class)
			.single();
	}

	PageOf<QueueRow> page(LetterQueue queue, QueueFilter filter, @Nullable ListSort sort, int page, int size,
			ZoneId zone) {
		return list(queue, filter, zone).page(jdbc, sort, page, size, OfficeRecords::row);
	}

	ListQuery list(LetterQueue queue, QueueFilter filter, ZoneId zone) {
		ListQuery list = ListQuery.select(COLUMNS, "interaction_request r")
			.sortable("submitted", "r.submitted_at")
			.sortable("number", "r.number")
			.sortable("title", "r.title")
			.sortable("door", "r.door")
			.sortable("state", "r.state")
			.tieBreaker("r.id")
			.defaultSort(queue.defaultSort());
		switch (queue) {
			case INCOMING -> list.where("r.state = 'SUBMITTED'");
			case DISPATCH -> list.where("r.state = 'ACCEPTED'");
			case ALL -> list.filter("r.state = :state", "state", filter.state() == null ? null : filter.state().name());
		}
		return list
			.filter("(r.number LIKE :text ESCAPE '\\' OR lower(r.title) LIKE lower(:text) ESCAPE '\\')", "text",
					ListQuery.containing(filter.text()))
			.filter("r.door = :door", "door", filter.door() == null ? null : filter.door().name())
			.filterContains("lower(r.topic)", "topic",
					filter.topic() == null ? null : filter.topic().toLowerCase(java.util.Locale.ROOT))
			.filter("r.submitted_at >= :submitted_from", "submitted_from",
					filter.from() == null ? null : Timestamp.from(filter.from().atStartOfDay(zone).toInstant()))
			.filter("r.submitted_at < :submitted_to", "submitted_to", filter.to() == null ? null
					: Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
	}

	/** How many letters wait in 待受理 and 待派单, and how many there are in all. */
	Counts counts() {
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE state = 'SUBMITTED') AS incoming,
				       count(*) FILTER (WHERE state = 'ACCEPTED') AS dispatch,
				       count(*) AS total
				  FROM interaction_request""")
			.query((rs, n) -> new Counts(rs.getLong("incoming"), rs.getLong("dispatch"), rs.getLong("total")))
			.single();
	}

	/** The queues' sizes. */
	record Counts(long incoming, long dispatch, long all) {
	}

	/** Distinct topics and regions letters and rules use, for the 派单目录's suggestions. */
	java.util.List<String> topics() {
		return jdbc
			.sql("""
					SELECT DISTINCT topic FROM (SELECT topic FROM interaction_request WHERE topic IS NOT NULL
					UNION SELECT topic FROM interaction_dispatch_rule WHERE topic IS NOT NULL) t ORDER BY topic LIMIT 200""")
			.query(String.class)
			.list();
	}

	java.util.List<String> regions() {
		return jdbc
			.sql("""
					SELECT DISTINCT region FROM (SELECT region FROM interaction_request WHERE region IS NOT NULL
					UNION SELECT region FROM interaction_dispatch_rule WHERE region IS NOT NULL) t ORDER BY region LIMIT 200""")
			.query(String.class)
			.list();
	}

	private static QueueRow row(ResultSet rs, int n) throws SQLException {
		return new QueueRow(rs.getObject("id", UUID.class), rs.getLong("version"), rs.getString("number"),
				Door.valueOf(rs.getString("door")), rs.getString("topic"), rs.getString("region"),
				rs.getString("title"), RequestState.valueOf(rs.getString("state")),
				rs.getTimestamp("submitted_at").toInstant(), rs.getObject("unit_id", UUID.class),
				(Long) rs.getObject("case_id", Long.class), (Long) rs.getObject("reply_clock_id", Long.class),
				instant(rs.getTimestamp("escalated_at")), rs.getString("objection"),
				rs.getObject("objected_by", UUID.class));
	}

	private static java.time.@Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}

}
