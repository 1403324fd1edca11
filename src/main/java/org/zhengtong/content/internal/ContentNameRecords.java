package org.zhengtong.content.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhengtong.audit.AuditNames;

/** Articles by their newest title and channels by name, for the audit log. */
@Repository
class ContentNameRecords implements AuditNames {

	private final JdbcClient jdbc;

	ContentNameRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public @Nullable String objectLabel(String type, String id) {
		try {
			return switch (type) {
				case "article" ->
					jdbc.sql("SELECT title FROM content_revision WHERE article_id = ? ORDER BY id DESC LIMIT 1")
						.param(Long.parseLong(id))
						.query(String.class)
						.optional()
						.orElse(null);
				case "channel" -> jdbc.sql("SELECT name FROM content_channel WHERE id = ?")
					.param(UUID.fromString(id))
					.query(String.class)
					.optional()
					.orElse(null);
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
