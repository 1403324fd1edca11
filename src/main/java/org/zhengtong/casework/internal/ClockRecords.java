package org.zhengtong.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;

/**
 * The set-based side of casework_clock: the sweep's claims and the recompute's batches. A
 * claim is one conditional UPDATE … RETURNING: the row is marked in the same statement
 * that finds it, rows another transaction holds are skipped, and PostgreSQL re-checks the
 * {@code IS NULL} after waiting for a row lock, so two instances sweeping at once never
 * claim one clock twice, with or without ShedLock. A claim bumps the version, so an
 * entity loaded before it cannot write over the mark.
 */
@Repository
class ClockRecords {

	private final JdbcClient jdbc;

	ClockRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims up to {@code limit} running clocks past their due instant whose miss is not
	 * yet published. A clock missed before its warning was published is not warned about
	 * afterwards: the claim marks both.
	 */
	List<DeadlineMissed> claimMissed(Instant now, int limit) {
		return jdbc.sql("""
				UPDATE casework_clock SET missed_published_at = :now,
				    approaching_published_at = coalesce(approaching_published_at, :now), version = version + 1
				WHERE id IN (SELECT id FROM casework_clock
				             WHERE state = 'RUNNING' AND missed_published_at IS NULL AND due_at < :now
				             ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				  AND state = 'RUNNING' AND missed_published_at IS NULL AND due_at < :now
				RETURNING id, module, subject, due_at""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((row, number) -> new DeadlineMissed(row.getLong("id"), row.getString("module"),
					row.getString("subject"), row.getTimestamp("due_at").toInstant()))
			.list();
	}

	/** Claims up to {@code limit} running clocks past their warning instant. */
	List<DeadlineApproaching> claimApproaching(Instant now, int limit) {
		return jdbc.sql("""
				UPDATE casework_clock SET approaching_published_at = :now, version = version + 1
				WHERE id IN (SELECT id FROM casework_clock
				             WHERE state = 'RUNNING' AND approaching_published_at IS NULL AND warn_at <= :now
				             ORDER BY warn_at LIMIT :limit FOR UPDATE SKIP LOCKED)
				  AND state = 'RUNNING' AND approaching_published_at IS NULL AND warn_at <= :now
				RETURNING id, module, subject, due_at""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((row, number) -> new DeadlineApproaching(row.getLong("id"), row.getString("module"),
					row.getString("subject"), row.getTimestamp("due_at").toInstant()))
			.list();
	}

	long countOpen() {
		return jdbc.sql("SELECT count(*) FROM casework_clock WHERE state <> 'STOPPED'").query(Long.class).single();
	}

	/** The next open clocks after {@code after}, by id (keyset paging). */
	List<Long> openAfter(long after, int limit) {
		return jdbc.sql("SELECT id FROM casework_clock WHERE state <> 'STOPPED' AND id > ? ORDER BY id LIMIT ?")
			.params(after, limit)
			.query(Long.class)
			.list();
	}

}
