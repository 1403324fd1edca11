package org.zhengtong.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.content.ArticleState;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;

/**
 * The article queries' common parts and how their rows become records: the one place
 * where the states stored as text become {@link ArticleState} and {@link RevisionState}.
 */
final class ArticleRows {

	static final String REVISIONS = """
			SELECT r.*, a.channel_id FROM content_revision r JOIN content_article a ON a.id = r.article_id
			""";

	static final String DESK_COLUMNS = """
			a.id AS article_id, r.id AS revision_id, a.channel_id, c.name AS channel_name, r.title, r.state,
			a.state AS article_state, r.drafter, r.reviewer, r.updated_at, r.publish_at""";

	/** An article with its newest revision. */
	static final String DESK_FROM = """
			content_article a JOIN content_channel c ON c.id = a.channel_id
			JOIN content_revision r ON r.id = (SELECT max(id) FROM content_revision WHERE article_id = a.id)""";

	/** A published article with its published revision. */
	static final String DESK_PUBLISHED_FROM = """
			content_article a JOIN content_channel c ON c.id = a.channel_id
			JOIN content_revision r ON r.id = a.published_revision""";

	static final String SUMMARIES = """
			SELECT a.id, a.channel_id, c.name AS channel_name, r.title, a.published_at, r.cover_link
			FROM content_article a JOIN content_channel c ON c.id = a.channel_id
			JOIN content_revision r ON r.id = a.published_revision
			""";

	static final String PUBLISHED = """
			SELECT a.id, a.channel_id, a.state, a.first_published_at, a.published_at, a.withdrawn_at, a.expires_at, r.tags,
			       a.published_revision, r.title,
			       r.subtitle, r.source, r.author, r.body, r.drafter, r.reviewer, r.cover_link
			FROM content_article a JOIN content_revision r ON r.id = a.published_revision
			""";

	private ArticleRows() {
	}

	/** A revision's state as stored. */
	static RevisionState revisionState(String stored) {
		return RevisionState.valueOf(stored);
	}

	/** An article's state as stored. */
	static ArticleState articleState(String stored) {
		return ArticleState.valueOf(stored);
	}

	static RevisionView revision(ResultSet row, int number) throws SQLException {
		return new RevisionView(row.getLong("id"), row.getLong("article_id"), row.getInt("number"),
				row.getObject("channel_id", UUID.class), revisionState(row.getString("state")), row.getString("title"),
				row.getString("subtitle"), row.getString("source"), row.getString("author"), row.getString("body"),
				row.getString("drafter"), instant(row.getTimestamp("submitted_at")), row.getString("reviewer"),
				row.getString("comment"), instant(row.getTimestamp("decided_at")),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
				instant(row.getTimestamp("publish_at")), tags(row), row.getObject("cover_link", UUID.class));
	}

	static DeskItem desk(ResultSet row, int number) throws SQLException {
		return new DeskItem(row.getLong("article_id"), row.getLong("revision_id"),
				row.getObject("channel_id", UUID.class), row.getString("channel_name"), row.getString("title"),
				revisionState(row.getString("state")), articleState(row.getString("article_state")),
				row.getString("drafter"), row.getString("reviewer"), row.getTimestamp("updated_at").toInstant(),
				instant(row.getTimestamp("publish_at")));
	}

	static ArticleSummary summary(ResultSet row, int number) throws SQLException {
		return new ArticleSummary(row.getLong("id"), row.getObject("channel_id", UUID.class),
				row.getString("channel_name"), row.getString("title"), row.getTimestamp("published_at").toInstant(),
				row.getObject("cover_link", UUID.class));
	}

	static PublishedArticle published(ResultSet row, int number) throws SQLException {
		return new PublishedArticle(row.getLong("id"), row.getObject("channel_id", UUID.class),
				articleState(row.getString("state")), row.getString("title"), row.getString("subtitle"),
				row.getString("source"), row.getString("author"), row.getString("body"),
				row.getTimestamp("first_published_at").toInstant(), row.getTimestamp("published_at").toInstant(),
				instant(row.getTimestamp("withdrawn_at")), row.getString("drafter"), row.getString("reviewer"),
				instant(row.getTimestamp("expires_at")), tags(row), row.getLong("published_revision"),
				row.getObject("cover_link", UUID.class));
	}

	private static List<String> tags(ResultSet row) throws SQLException {
		java.sql.Array tags = row.getArray("tags");
		return tags == null ? List.of() : List.of((String[]) tags.getArray());
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
