package org.zhengtong.permit.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Look-ups of cases by 办件编号 + 查询码, counted per address and window. */
@Repository
class LookupCounters {

	private final JdbcClient jdbc;

	LookupCounters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts one more look-up of {@code subject} in the window; the count so far. */
	int count(String subject, Instant start, Instant end) {
		return jdbc
			.sql("INSERT INTO permit_lookup_counter (subject, window_start, window_end, attempts) VALUES (?, ?, ?, 1) "
					+ "ON CONFLICT (subject, window_start) DO UPDATE SET attempts = permit_lookup_counter.attempts + 1 "
					+ "RETURNING attempts")
			.params(subject, Timestamp.from(start), Timestamp.from(end))
			.query(Integer.class)
			.single();
	}

	/** Deletes the counters of windows ended by {@code now}. */
	void deleteEnded(Instant now) {
		jdbc.sql("DELETE FROM permit_lookup_counter WHERE window_end <= ?").param(Timestamp.from(now)).update();
	}

}
