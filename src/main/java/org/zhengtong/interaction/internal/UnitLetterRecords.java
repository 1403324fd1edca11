package org.zhengtong.interaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.shared.ListQuery;

/**
 * The unit's side of letters in SQL: its queue, the end of its assignment when it
 * answered, the letters merged into one, and the 催办 marks (interaction_request_urge).
 */
@Repository
public class UnitLetterRecords {

	/** The states in which a unit holds a letter (RequestState.withUnit). */
	static final String[] WITH_UNIT = { RequestState.ASSIGNED.name(), RequestState.IN_PROGRESS.name(),
			RequestState.REPLY_REVIEW.name(), RequestState.REOPENED.name() };

	/** How many open letters the queue reads at most (a unit holds far fewer). */
	static final int QUEUE_LIMIT = 2000;

	private final JdbcClient jdbc;

	UnitLetterRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row of the unit's queue, before its clock is read. */
	public record Queued(UUID id, String number, Door door, String title, RequestState state, @Nullable String handler,
			Instant submittedAt, @Nullable Long replyClockId, boolean urged) {
	}

	/**
	 * The letters {@code unit} holds now, filtered by state and door (each {@code null}
	 * for any), oldest first; the caller orders them by their clocks.
	 */
	List<Queued> queue(UUID unit, @Nullable RequestState state, @Nullable Door door) {
		List<Queued> rows = new java.util.ArrayList<>();
		ListQuery.select("""
				r.id, r.number, r.door, r.title, r.state, r.handler_username, r.submitted_at, r.reply_clock_id,
				EXISTS (SELECT 1 FROM interaction_request_urge u WHERE u.request_id = r.id
				        AND u.clock_id = r.reply_clock_id) AS urged""", "interaction_request r")
			.where("r.unit_id = :unit")
			.param("unit", unit)
			.where("r.state = ANY(:states)")
			.param("states", WITH_UNIT)
			.filter("r.state = :state", "state", state == null ? null : state.name())
			.filter("r.door = :door", "door", door == null ? null : door.name())
			.sortable("submitted", "r.submitted_at")
			.tieBreaker("r.id")
			.defaultSort(org.zhengtong.shared.ListSort.ascending("submitted"))
			.each(jdbc, null, (row) -> {
				if (rows.size() < QUEUE_LIMIT) {
					rows.add(new Queued(row.getObject("id", UUID.class), row.getString("number"),
							Door.valueOf(row.getString("door")), row.getString("title"),
							RequestState.valueOf(row.getString("state")), row.getString("handler_username"),
							row.getTimestamp("submitted_at").toInstant(), (Long) row.getObject("reply_clock_id"),
							row.getBoolean("urged")));
				}
			});
		return rows;
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
