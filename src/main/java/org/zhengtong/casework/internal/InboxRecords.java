package org.zhengtong.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.DoneTask;
import org.zhengtong.casework.InboxChoice;
import org.zhengtong.casework.InboxFilter;
import org.zhengtong.casework.InboxTask;
import org.zhengtong.casework.StartedCase;

/**
 * The 待办, 已办 and 我发起的 queries. The 待办 list reads the open tasks over the person's keys
 * from the partial index {@code casework_task_inbox_idx} (V81: assignee, due date, sent,
 * id, with the warning instant, the clock's state, module and type), so sorting,
 * colouring and filtering by colour need no clock; each task row carries its clock's
 * dates and state, kept in step by the database. Only the page shown visits the task and
 * case rows. The benchmark (bench/inbox.sh) runs these very statements.
 */
@Component
public class InboxRecords {

	/**
	 * The colour of task {@code t}'s deadline at {@code :now}, as ClockColour names it.
	 */
	static final String COLOUR = """
			CASE WHEN t.clock_state IS NULL THEN NULL WHEN t.clock_state <> 'RUNNING' THEN t.clock_state
			     WHEN t.due_at < :now THEN 'RED' WHEN t.warn_at <= :now THEN 'YELLOW' ELSE 'GREEN' END""";

	private final JdbcClient jdbc;

	public InboxRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The badge: every open task any of {@code keys} reaches. */
	public long count(String[] keys) {
		return jdbc.sql("SELECT count(*) FROM casework_task t WHERE t.status = 'OPEN' AND t.assignee = ANY(:keys)")
			.param("keys", keys)
			.query(Long.class)
			.single();
	}

	/** The open tasks under {@code filter}, counted honestly. */
	public long count(String[] keys, InboxFilter filter, Instant now) {
		Where where = where(keys, filter, now);
		return jdbc.sql("SELECT count(*) FROM casework_task t" + where.sql)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	/**
	 * One page of open tasks, by deadline (none last), then by when they were sent. The
	 * sort reads the index only; the rows of the page are read afterwards.
	 */
	public List<InboxTask> page(String[] keys, InboxFilter filter, Instant now, int offset, int limit) {
		Where where = where(keys, filter, now);
		return jdbc.sql("""
				WITH page AS (
				  SELECT t.id, t.due_at, t.sent_at, %s AS colour
				  FROM casework_task t%s
				  ORDER BY t.due_at NULLS LAST, t.sent_at, t.id
				  LIMIT :limit OFFSET :offset)
				SELECT p.*, t.case_id, t.module, t.type, t.sent_by_name, c.title, c.link
				FROM page p JOIN casework_task t ON t.id = p.id JOIN casework_case c ON c.id = t.case_id
				ORDER BY p.due_at NULLS LAST, p.sent_at, p.id""".formatted(COLOUR, where.sql))
			.params(where.params)
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.param("offset", offset)
			.query(InboxRecords::task)
			.list();
	}

	/** The modules and types of the open tasks, for the filter form. */
	public List<InboxChoice> choices(String[] keys) {
		return jdbc.sql("""
				SELECT t.module, t.type, count(*) AS n FROM casework_task t
				WHERE t.status = 'OPEN' AND t.assignee = ANY(:keys)
				GROUP BY t.module, t.type ORDER BY t.module, t.type""")
			.param("keys", keys)
			.query((row, i) -> new InboxChoice(row.getString("module"), row.getString("type"), row.getLong("n")))
			.list();
	}

	public long doneCount(UUID account) {
		return jdbc.sql("SELECT count(*) FROM casework_task WHERE status = 'DONE' AND done_by = :account")
			.param("account", account)
			.query(Long.class)
			.single();
	}

	public List<DoneTask> done(UUID account, int offset, int limit) {
		return jdbc.sql("""
				SELECT t.id, t.case_id, t.module, t.type, c.title, c.link, t.decision, t.done_at, t.done_for_name,
				       c.state
				FROM casework_task t JOIN casework_case c ON c.id = t.case_id
				WHERE t.status = 'DONE' AND t.done_by = :account
				ORDER BY t.done_at DESC, t.id DESC LIMIT :limit OFFSET :offset""")
			.param("account", account)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, i) -> new DoneTask(row.getLong("id"), row.getLong("case_id"), row.getString("module"),
					row.getString("type"), row.getString("title"), row.getString("link"), row.getString("decision"),
					row.getTimestamp("done_at").toInstant(), row.getString("done_for_name"), row.getString("state")))
			.list();
	}

	public long startedCount(UUID account) {
		return jdbc.sql("SELECT count(*) FROM casework_case WHERE started_by = :account")
			.param("account", account)
			.query(Long.class)
			.single();
	}

	public List<StartedCase> started(UUID account, int offset, int limit) {
		return jdbc.sql("""
				SELECT c.id, c.module, c.type, c.title, c.link, c.state, c.started_at, c.closed_at,
				       (SELECT string_agg(DISTINCT t.assignee_name, '、' ORDER BY t.assignee_name)
				        FROM casework_step s JOIN casework_task t ON t.step_id = s.id AND t.status = 'OPEN'
				        WHERE s.case_id = c.id AND s.status = 'OPEN') AS waiting_for
				FROM casework_case c WHERE c.started_by = :account
				ORDER BY c.started_at DESC, c.id DESC LIMIT :limit OFFSET :offset""")
			.param("account", account)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, i) -> new StartedCase(row.getLong("id"), row.getString("module"), row.getString("type"),
					row.getString("title"), row.getString("link"), row.getString("state"),
					row.getTimestamp("started_at").toInstant(), instant(row.getTimestamp("closed_at")),
					row.getString("waiting_for")))
			.list();
	}

	private static Where where(String[] keys, InboxFilter filter, Instant now) {
		StringBuilder sql = new StringBuilder(" WHERE t.status = 'OPEN' AND t.assignee = ANY(:keys)");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("keys", keys);
		if (filter.module() != null) {
			sql.append(" AND t.module = :module");
			params.put("module", filter.module());
		}
		if (filter.type() != null) {
			sql.append(" AND t.type = :type");
			params.put("type", filter.type());
		}
		if (filter.colour() != null) {
			sql.append(colourCondition(filter.colour()));
			params.put("now", Timestamp.from(now));
		}
		return new Where(sql.toString(), params);
	}

	/** The colour as a condition the planner can use (the CASE above, one branch). */
	private static String colourCondition(ClockColour colour) {
		return switch (colour) {
			case RED -> " AND t.clock_state = 'RUNNING' AND t.due_at < :now";
			case YELLOW -> " AND t.clock_state = 'RUNNING' AND t.due_at >= :now AND t.warn_at <= :now";
			case GREEN -> " AND t.clock_state = 'RUNNING' AND t.due_at >= :now AND t.warn_at > :now";
			case PAUSED -> " AND t.clock_state = 'PAUSED'";
			case STOPPED -> " AND t.clock_state = 'STOPPED'";
		};
	}

	private static InboxTask task(ResultSet row, int i) throws SQLException {
		String colour = row.getString("colour");
		return new InboxTask(row.getLong("id"), row.getLong("case_id"), row.getString("module"), row.getString("type"),
				row.getString("title"), row.getString("link"), row.getString("sent_by_name"),
				row.getTimestamp("sent_at").toInstant(), instant(row.getTimestamp("due_at")),
				colour == null ? null : ClockColour.valueOf(colour));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
