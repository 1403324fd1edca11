package org.zhengtong.platform.internal;

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
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;

/**
 * The {@code platform_job} table. Plain SQL rather than JPA: background threads update
 * single columns of a row several times a second, which is what SQL says most clearly.
 */
@Repository
class JobStore {

	private static final String COLUMNS = "id, kind, title, owner, status, total, done, outcome, created_at, started_at, finished_at";

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, String kind, String title, String owner, Instant now) {
		jdbc.sql("""
				INSERT INTO platform_job (id, kind, title, owner, status, created_at, heartbeat)
				VALUES (?, ?, ?, ?, 'QUEUED', ?, ?)""")
			.params(id, kind, title, owner, Timestamp.from(now), Timestamp.from(now))
			.update();
	}

	void started(UUID id, Instant now) {
		jdbc.sql("UPDATE platform_job SET status = 'RUNNING', started_at = ?, heartbeat = ? WHERE id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), id)
			.update();
	}

	void progress(UUID id, @Nullable Long total, long done, Instant now) {
		jdbc.sql("UPDATE platform_job SET total = ?, done = ?, heartbeat = ? WHERE id = ? AND status = 'RUNNING'")
			.params(total, done, Timestamp.from(now), id)
			.update();
	}

	void finish(UUID id, JobStatus status, @Nullable String outcome, Instant now) {
		jdbc.sql("UPDATE platform_job SET status = ?, outcome = ?, finished_at = ?, heartbeat = ? WHERE id = ?")
			.params(status.name(), outcome, Timestamp.from(now), Timestamp.from(now), id)
			.update();
	}

	int failAbandoned(Instant silentSince, Instant now) {
		return jdbc.sql("""
				UPDATE platform_job SET status = 'FAILED', finished_at = ?,
				       outcome = 'Interrupted: the application instance running it stopped. Start it again.'
				WHERE status IN ('QUEUED', 'RUNNING') AND heartbeat < ?""")
			.params(Timestamp.from(now), Timestamp.from(silentSince))
			.update();
	}

	Optional<JobView> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM platform_job WHERE id = ?")
			.param(id)
			.query(JobStore::view)
			.optional();
	}

	List<JobView> recent(String owner, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM platform_job WHERE owner = ? ORDER BY created_at DESC LIMIT ?")
			.params(owner, limit)
			.query(JobStore::view)
			.list();
	}

	private static JobView view(ResultSet row, int number) throws SQLException {
		Long total = row.getObject("total", Long.class);
		return new JobView(row.getObject("id", UUID.class), row.getString("kind"), row.getString("title"),
				row.getString("owner"), JobStatus.valueOf(row.getString("status")), total, row.getLong("done"),
				row.getString("outcome"), row.getTimestamp("created_at").toInstant(), instant(row, "started_at"),
				instant(row, "finished_at"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
