package org.zhengtong.content.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who reviews in a channel: the accounts whose nearest grant on the way up is REVIEW. */
@Component
class ReviewerRecords {

	private final JdbcClient jdbc;

	ReviewerRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user names holding REVIEW in the channel (directly or from above), by name. */
	List<String> reviewersOf(UUID channel) {
		return jdbc.sql("""
				WITH RECURSIVE up (id, parent_id, depth) AS (
				    SELECT id, parent_id, 0 FROM content_channel WHERE id = ?
				    UNION ALL
				    SELECT c.id, c.parent_id, up.depth + 1 FROM content_channel c JOIN up ON c.id = up.parent_id)
				SELECT username FROM (
				    SELECT DISTINCT ON (lower(g.username)) g.username, g.level FROM up
				    JOIN content_channel_grant g ON g.channel_id = up.id ORDER BY lower(g.username), up.depth) nearest
				WHERE level = 'REVIEW' ORDER BY username""").param(channel).query(String.class).list();
	}

}
