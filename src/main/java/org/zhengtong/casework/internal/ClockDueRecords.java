package org.zhengtong.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.ClockDues;
import org.zhengtong.platform.PlatformProperties;

/**
 * {@link ClockDues} in one statement over casework_clock, coloured as the 待办 list colours
 * tasks (InboxRecords.COLOUR).
 */
@Repository
class ClockDueRecords implements ClockDues {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ClockDueRecords(JdbcClient jdbc, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.zone = platform.timeZone();
	}

	@Override
	public Map<Long, Due> of(Collection<Long> clocks, Instant at) {
		Map<Long, Due> dues = new LinkedHashMap<>();
		if (clocks.isEmpty()) {
			return dues;
		}
		jdbc.sql("""
				SELECT id, due_at, CASE WHEN state <> 'RUNNING' THEN state WHEN due_at < :now THEN 'RED'
				                        WHEN warn_at <= :now THEN 'YELLOW' ELSE 'GREEN' END AS colour
				FROM casework_clock WHERE id = ANY(:ids)""")
			.param("now", Timestamp.from(at))
			.param("ids", clocks.toArray(Long[]::new))
			.query((row, number) -> {
				Instant due = row.getTimestamp("due_at").toInstant();
				return new Due(row.getLong("id"), due, due.atZone(zone).toLocalDate(),
						ClockColour.valueOf(row.getString("colour")));
			})
			.list()
			.forEach((due) -> dues.put(due.clockId(), due));
		return dues;
	}

}
