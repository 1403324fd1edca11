package org.zhengtong.interaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The unit's side of letters in SQL: its queue, the end of its assignment when it
 * answered, the letters merged into one, and the 催办 marks (interaction_request_urge).
 */
@Repository
public class UnitLetterRecords {

	/** The states in which a unit holds a letter (RequestState.withUnit). */
	static final String[] WITH_UNIT = { RequestState.ASSIGNED.name(), RequestState.IN_PROGRESS.name(),
			RequestState.REPLY_REVIEW.name(), RequestState.REOPENED.name() };

	private final JdbcClient jdbc;

	UnitLetterRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A row of the unit's queue with its reply clock as the core keeps it now.
	 *
	 * @param colour {@code null} when the letter has no reply clock
	 */
	public record Queued(UUID id, String number, Door door, String title, RequestState state, @Nullable String handler,
			Instant submittedAt, @Nullable Instant dueAt, @Nullable ClockColour colour, boolean urged) {
	}

	/**
	 * The clock's colour at {@code :now}, as the core colours it (ClockDueRecords,
	 * InboxRecords): a paused or stopped clock by its state, red once past due, yellow
	 * from its warning instant; {@code NULL} without a clock.
	 */
	static final String COLOUR = """
			CASE WHEN c.id IS NULL THEN NULL WHEN c.state <> 'RUNNING' THEN c.state WHEN c.due_at < :now THEN 'RED'
			     WHEN c.warn_at <= :now THEN 'YELLOW' ELSE 'GREEN' END""";

	/** Soonest due first, letters without a clock last, then the oldest. */
	static final String BY_DUE = "coalesce(c.due_at, 'infinity'::timestamptz), r.submitted_at";

	/**
	 * One page of the letters {@code unit} holds now, filtered, counted and sorted in SQL
	 * over the reply clocks the core keeps: soonest due first (none last), then oldest;
	 * with {@code mineFirst}, the letters {@code reader} handles before the others.
	 */
	PageOf<Queued> queue(UUID unit, UnitQueue.Filter filter, String reader, Instant now, int page, int size) {
		ListQuery list = ListQuery
			.select("r.id, r.number, r.door, r.title, r.state, r.handler_username, r.submitted_at, c.due_at, " + COLOUR
					+ " AS colour, EXISTS (SELECT 1 FROM interaction_request_urge u"
					+ " WHERE u.request_id = r.id AND u.clock_id = r.reply_clock_id) AS urged",
					"interaction_request r LEFT JOIN casework_clock c ON c.id = r.reply_clock_id")
			.where("r.unit_id = :unit")
			.param("unit", unit)
			.where("r.state = ANY(:states)")
			.param("states", WITH_UNIT)
			.param("now", Timestamp.from(now))
			.param("reader", reader)
			.filter("r.state = :state", "state", filter.state() == null ? null : filter.state().name())
			.filter("r.door = :door", "door", filter.door() == null ? null : filter.door().name())
			.filter("(" + COLOUR + ") = :colour", "colour", filter.colour() == null ? null : filter.colour().name())
			.filter("(r.number LIKE :text ESCAPE '\\' OR lower(r.title) LIKE lower(:text) ESCAPE '\\')", "text",
					ListQuery.containing(filter.text()));
		switch (filter.handler()) {
			case MINE -> list.where("r.handler_username = :reader");
			case NONE -> list.where("r.handler_username IS NULL");
			case ANY -> {
			}
		}
		return list.sortable("due", BY_DUE)
			.sortable("mine", "(r.handler_username IS DISTINCT FROM :reader), " + BY_DUE)
			.tieBreaker("r.id")
			.defaultSort(ListSort.ascending("due"))
			.page(jdbc, ListSort.ascending(filter.mineFirst() ? "mine" : "due"), page, size, UnitLetterRecords::queued);
	}

	private static Queued queued(ResultSet row, int n) throws SQLException {
		Timestamp due = row.getTimestamp("due_at");
		String colour = row.getString("colour");
		return new Queued(row.getObject("id", UUID.class), row.getString("number"), Door.valueOf(row.getString("door")),
				row.getString("title"), RequestState.valueOf(row.getString("state")), row.getString("handler_username"),
				row.getTimestamp("submitted_at").toInstant(), due == null ? null : due.toInstant(),
				colour == null ? null : ClockColour.valueOf(colour), row.getBoolean("urged"));
	}

	/** Ends the unit's open assignment of the letter: it answered. */
	int endAnswered(UUID request, Instant at) {
		return jdbc.sql("""
				UPDATE interaction_request_assignment SET ended_at = ?, end_reason = 'ANSWERED'
				WHERE request_id = ? AND ended_at IS NULL""").params(Timestamp.from(at), request).update();
	}

	/** The letters merged into this one (已合并), which get its reply. */
	List<UUID> mergedInto(UUID request) {
		return jdbc.sql("SELECT id FROM interaction_request WHERE merged_into = ? ORDER BY submitted_at, id")
			.param(request)
			.query(UUID.class)
			.list();
	}

	/** The letter whose reply runs on this clock. */
	Optional<UUID> byReplyClock(long clock) {
		return jdbc.sql("SELECT id FROM interaction_request WHERE reply_clock_id = ?")
			.param(clock)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Marks the letter urged for this clock and level; false when it was already (the
	 * urge is not repeated).
	 */
	boolean markUrged(UUID request, long clock, String level, UUID unit, Instant at) {
		return jdbc.sql("""
				INSERT INTO interaction_request_urge (request_id, clock_id, level, unit_id, urged_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(request, clock, level, unit, Timestamp.from(at))
			.update() == 1;
	}

}
