package org.zhengtong.interaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which content draft each disclosure request became (依申请转主动), one per request
 * (interaction_disclosure_proactive).
 */
@Repository
class ProactiveRecords {

	private final JdbcClient jdbc;

	ProactiveRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the request's row until the transaction ends, so two clicks at once are
	 * served one after the other; false when there is no such request.
	 */
	boolean lock(UUID request) {
		return jdbc.sql("SELECT id FROM interaction_disclosure_request WHERE id = ? FOR UPDATE")
			.param(request)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	Optional<ProactiveDisclosure.Drafted> find(UUID request) {
		return jdbc.sql("""
				SELECT article_id, revision_id, drafted_by, drafted_at FROM interaction_disclosure_proactive
				WHERE request_id = ?""")
			.param(request)
			.query((row, number) -> new ProactiveDisclosure.Drafted(row.getLong("article_id"),
					row.getLong("revision_id"), row.getString("drafted_by"),
					row.getTimestamp("drafted_at").toInstant()))
			.optional();
	}

	void insert(UUID request, long article, long revision, String by, Instant at) {
		jdbc.sql(
				"""
						INSERT INTO interaction_disclosure_proactive (request_id, article_id, revision_id, drafted_by, drafted_at)
						VALUES (?, ?, ?, ?, ?)""")
			.params(request, article, revision, by, Timestamp.from(at))
			.update();
	}

}
