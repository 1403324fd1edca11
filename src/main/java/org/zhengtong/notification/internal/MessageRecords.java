package org.zhengtong.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based work on messages: all read at once, and what the daily digest takes. */
@Repository
class MessageRecords {

	private final JdbcClient jdbc;

	MessageRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks every unread message of the person read. @return how many */
	int markAllRead(UUID recipient, Instant at) {
		return jdbc
			.sql("UPDATE notification_message SET read_at = ?, version = version + 1 "
					+ "WHERE recipient_id = ? AND in_app AND read_at IS NULL")
			.params(Timestamp.from(at), recipient)
			.update();
	}

	/** The people with messages waiting for a digest, created before {@code until}. */
	List<UUID> digestReaders(Instant until) {
		return jdbc
			.sql("SELECT DISTINCT recipient_id FROM notification_message "
					+ "WHERE digest AND digested_at IS NULL AND created_at < ?")
			.param(Timestamp.from(until))
			.query(UUID.class)
			.list();
	}

	record DigestLine(UUID id, String title, String body, @Nullable String link, Instant createdAt) {
	}

	/** The person's messages for the digest, oldest first, locked against another run. */
	List<DigestLine> takeForDigest(UUID recipient, Instant until) {
		return jdbc.sql("""
				SELECT id, title, body, link, created_at FROM notification_message
				WHERE recipient_id = ? AND digest AND digested_at IS NULL AND created_at < ?
				ORDER BY created_at, id FOR UPDATE SKIP LOCKED""")
			.params(recipient, Timestamp.from(until))
			.query(DigestLine.class)
			.list();
	}

	void markDigested(List<UUID> ids, Instant at) {
		for (UUID id : ids) {
			jdbc.sql("UPDATE notification_message SET digested_at = ?, version = version + 1 WHERE id = ?")
				.params(Timestamp.from(at), id)
				.update();
		}
	}

	/** Records the day's digest of the person; false when it was already sent. */
	boolean recordDigest(UUID recipient, java.time.LocalDate day, Instant at, int messages) {
		return jdbc
			.sql("INSERT INTO notification_digest (account_id, day, sent_at, messages) VALUES (?, ?, ?, ?) "
					+ "ON CONFLICT DO NOTHING")
			.params(recipient, day, Timestamp.from(at), messages)
			.update() == 1;
	}

}
