package org.zhengtong.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.zhengtong.content.Articles.Draft;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.content.ReviewReturn;
import org.zhengtong.content.RevisionView;

/**
 * The SQL of articles and their revisions as the desk changes them. A step that decides a
 * revision names the state it changes from, and says whether it found the revision still
 * there: of two reviewers deciding at once, one changes it and the other learns it was
 * decided.
 */
@Component
class RevisionRecords {

	private final JdbcClient jdbc;

	RevisionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RevisionView> find(long id) {
		return jdbc.sql(ArticleRows.REVISIONS + "WHERE r.id = ?").param(id).query(ArticleRows::revision).optional();
	}

	/**
	 * The revision, its row locked until the transaction ends: neither the scheduler nor
	 * a second reviewer changes it meanwhile.
	 */
	RevisionView locked(long id) {
		jdbc.sql("SELECT id FROM content_revision WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No revision " + id));
		return find(id).orElseThrow();
	}

	/** Every revision of the article, newest first. */
	List<RevisionView> history(long article) {
		return jdbc.sql(ArticleRows.REVISIONS + "WHERE r.article_id = ? ORDER BY r.number DESC")
			.param(article)
			.query(ArticleRows::revision)
			.list();
	}

	List<RevisionView> scheduledOf(long article) {
		return jdbc.sql(ArticleRows.REVISIONS + "WHERE r.article_id = ? AND r.state = 'SCHEDULED'")
			.param(article)
			.query(ArticleRows::revision)
			.list();
	}

	long insertArticle(UUID channel, String actor, Instant now) {
		return jdbc.sql("""
				INSERT INTO content_article (channel_id, state, created_by, created_at) VALUES (?, 'UNPUBLISHED', ?, ?)
				RETURNING id""").params(channel, actor, Timestamp.from(now)).query(Long.class).single();
	}

	long insert(long article, int number, Draft draft, String actor, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO content_revision (article_id, number, state, title, subtitle, source, author, body, drafter,
				    created_at, updated_at, tags) VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(article, number, draft.title(), draft.subtitle(), draft.source(), draft.author(), draft.body(),
					actor, Timestamp.from(now), Timestamp.from(now), draft.tags().toArray(String[]::new))
			.query(Long.class)
			.single();
		storeRelated(id, draft.related());
		return id;
	}

	void update(long id, Draft draft, Instant now) {
		jdbc.sql("""
				UPDATE content_revision SET title = ?, subtitle = ?, source = ?, author = ?, body = ?, tags = ?,
				    updated_at = ? WHERE id = ?""")
			.params(draft.title(), draft.subtitle(), draft.source(), draft.author(), draft.body(),
					draft.tags().toArray(String[]::new), Timestamp.from(now), id)
			.update();
		storeRelated(id, draft.related());
	}

	void body(long id, String body, @Nullable UUID cover) {
		jdbc.sql("UPDATE content_revision SET body = ?, cover_link = ? WHERE id = ?").params(body, cover, id).update();
	}

	private void storeRelated(long revision, List<RelatedLink> links) {
		jdbc.sql("DELETE FROM content_revision_link WHERE revision_id = ?").param(revision).update();
		for (int i = 0; i < links.size(); i++) {
			jdbc.sql("INSERT INTO content_revision_link (revision_id, position, title, url) VALUES (?, ?, ?, ?)")
				.params(revision, i, links.get(i).title(), links.get(i).url())
				.update();
		}
	}

	List<RelatedLink> related(long revision) {
		return jdbc.sql("SELECT title, url FROM content_revision_link WHERE revision_id = ? ORDER BY position")
			.param(revision)
			.query((row, number) -> new RelatedLink(row.getString("title"), row.getString("url")))
			.list();
	}

	/** To review, from a draft or a returned revision. */
	boolean submit(long id, Instant now) {
		return jdbc.sql("""
				UPDATE content_revision SET state = 'SUBMITTED', submitted_at = ?, updated_at = ?
				WHERE id = ? AND state IN ('DRAFT', 'RETURNED')""")
			.params(Timestamp.from(now), Timestamp.from(now), id)
			.update() == 1;
	}

	/** Back to its drafter with the comment, kept also in the returns. */
	boolean returnToDrafter(long id, String reviewer, String comment, Instant now) {
		boolean decided = jdbc
			.sql("""
					UPDATE content_revision SET state = 'RETURNED', reviewer = ?, comment = ?, decided_at = ?, updated_at = ?
					WHERE id = ? AND state = 'SUBMITTED'""")
			.params(reviewer, comment, Timestamp.from(now), Timestamp.from(now), id)
			.update() == 1;
		if (decided) {
			jdbc.sql(
					"""
							INSERT INTO content_revision_return (revision_id, reviewer, comment, returned_at) VALUES (?, ?, ?, ?)""")
				.params(id, reviewer, comment, Timestamp.from(now))
				.update();
		}
		return decided;
	}

	/** Every return of the article's revisions, oldest first. */
	List<ReviewReturn> returns(long article) {
		return jdbc.sql("""
				SELECT t.revision_id, r.number, t.reviewer, t.comment, t.returned_at FROM content_revision_return t
				JOIN content_revision r ON r.id = t.revision_id WHERE r.article_id = ? ORDER BY t.returned_at, t.id""")
			.param(article)
			.query((row, number) -> new ReviewReturn(row.getLong("revision_id"), row.getInt("number"),
					row.getString("reviewer"), row.getString("comment"), row.getTimestamp("returned_at").toInstant()))
			.list();
	}

	/** Approved for a later time. */
	boolean schedule(long id, String reviewer, Instant at, Instant now) {
		return jdbc.sql("""
				UPDATE content_revision SET state = 'SCHEDULED', reviewer = ?, decided_at = ?, comment = NULL,
				    publish_at = ?, updated_at = ? WHERE id = ? AND state = 'SUBMITTED'""")
			.params(reviewer, Timestamp.from(now), Timestamp.from(at), Timestamp.from(now), id)
			.update() == 1;
	}

	/** A scheduled revision back to review, without the decision. */
	boolean unschedule(long id, Instant now) {
		return jdbc.sql("""
				UPDATE content_revision SET state = 'SUBMITTED', reviewer = NULL, decided_at = NULL, publish_at = NULL,
				    updated_at = ? WHERE id = ? AND state = 'SCHEDULED'""")
			.params(Timestamp.from(now), id)
			.update() == 1;
	}

	/**
	 * The revision becomes the article's public text, from a submitted or scheduled
	 * revision; the one public before is superseded, an expiry already past dropped.
	 */
	boolean publish(RevisionView revision, String reviewer, Instant now) {
		boolean decided = jdbc
			.sql("""
					UPDATE content_revision SET state = 'PUBLISHED', reviewer = ?, decided_at = coalesce(decided_at, ?),
					    comment = NULL, publish_at = NULL, updated_at = ? WHERE id = ? AND state IN ('SUBMITTED', 'SCHEDULED')""")
			.params(reviewer, Timestamp.from(now), Timestamp.from(now), revision.id())
			.update() == 1;
		if (!decided) {
			return false;
		}
		jdbc.sql(
				"""
						UPDATE content_revision SET state = 'SUPERSEDED' WHERE article_id = ? AND state = 'PUBLISHED' AND id <> ?""")
			.params(revision.articleId(), revision.id())
			.update();
		jdbc.sql("""
				UPDATE content_article SET state = 'PUBLISHED', published_revision = ?, published_at = ?,
				    first_published_at = coalesce(first_published_at, ?), withdrawn_at = NULL, withdrawn_by = NULL,
				    withdrawn_reason = NULL, expires_at = CASE WHEN expires_at <= ? THEN NULL ELSE expires_at END
				WHERE id = ?""")
			.params(revision.id(), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), revision.articleId())
			.update();
		return true;
	}

	/**
	 * The scheduled revisions whose time has come, oldest first, read without locks.
	 */
	List<Long> due(Instant now, int limit) {
		return jdbc.sql("""
				SELECT id FROM content_revision WHERE state = 'SCHEDULED' AND publish_at <= ?
				ORDER BY publish_at, id LIMIT ?""").params(Timestamp.from(now), limit).query(Long.class).list();
	}

	/**
	 * The scheduled revision whose time has come, its article claimed with {@code SKIP
	 * LOCKED} (empty when another instance or a reviewer is at it).
	 */
	Optional<RevisionView> claimDue(long id, Instant now) {
		boolean claimed = jdbc.sql("""
				SELECT a.id FROM content_article a JOIN content_revision r ON r.article_id = a.id WHERE r.id = ?
				FOR UPDATE OF a SKIP LOCKED""").param(id).query(Long.class).optional().isPresent();
		return !claimed ? Optional.empty()
				: jdbc.sql(ArticleRows.REVISIONS + """
						WHERE r.id = ? AND r.state = 'SCHEDULED' AND r.publish_at <= ? FOR UPDATE OF r""")
					.params(id, Timestamp.from(now))
					.query(ArticleRows::revision)
					.optional();
	}

	/** One published article whose expiry has come, claimed with {@code SKIP LOCKED}. */
	Optional<Long> claimExpired(Instant now) {
		return jdbc.sql("""
				SELECT id FROM content_article WHERE state = 'PUBLISHED' AND expires_at <= ?
				ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	void lockArticle(long article) {
		jdbc.sql("SELECT id FROM content_article WHERE id = ? FOR UPDATE").param(article).query(Long.class).optional();
	}

	/**
	 * An article's channel, state and the title of its published or scheduled revision.
	 */
	record Found(UUID channel, String state, @Nullable String title) {
	}

	Optional<Found> expirable(long article) {
		return jdbc.sql("""
				SELECT a.channel_id, a.state, r.title FROM content_article a
				LEFT JOIN content_revision r ON r.article_id = a.id AND r.state IN ('PUBLISHED', 'SCHEDULED')
				WHERE a.id = ? ORDER BY r.number DESC LIMIT 1""")
			.param(article)
			.query((row, number) -> new Found(row.getObject("channel_id", UUID.class), row.getString("state"),
					row.getString("title")))
			.optional();
	}

	/** An article's channel and the title it is known by (published, else newest). */
	Optional<Found> titled(long article) {
		return jdbc.sql("""
				SELECT a.channel_id, a.state, r.title FROM content_article a
				JOIN content_revision r ON r.id = coalesce(a.published_revision,
				    (SELECT max(id) FROM content_revision WHERE article_id = a.id))
				WHERE a.id = ?""")
			.param(article)
			.query((row, number) -> new Found(row.getObject("channel_id", UUID.class), row.getString("state"),
					row.getString("title")))
			.optional();
	}

	void expire(long article, @Nullable Instant at) {
		jdbc.sql("UPDATE content_article SET expires_at = ? WHERE id = ?")
			.params(ArticleRows.timestamp(at), article)
			.update();
	}

	void move(long article, UUID channel) {
		jdbc.sql("UPDATE content_article SET channel_id = ? WHERE id = ?").params(channel, article).update();
	}

	void withdraw(long article, String actor, String reason, Instant now) {
		jdbc.sql(
				"""
						UPDATE content_article SET state = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?,
						    expires_at = NULL WHERE id = ?""")
			.params(Timestamp.from(now), actor, reason, article)
			.update();
	}

	void appendToBody(long id, String html, Instant now) {
		jdbc.sql("UPDATE content_revision SET body = body || ?, updated_at = ? WHERE id = ?")
			.params(html, Timestamp.from(now), id)
			.update();
	}

	void replaceBody(long id, String body, Instant now) {
		jdbc.sql("UPDATE content_revision SET body = ?, updated_at = ? WHERE id = ?")
			.params(body, Timestamp.from(now), id)
			.update();
	}

	void cover(long id, @Nullable UUID link, Instant now) {
		jdbc.sql("UPDATE content_revision SET cover_link = ?, updated_at = ? WHERE id = ?")
			.params(link, Timestamp.from(now), id)
			.update();
	}

	void clearCover(long id, UUID link) {
		jdbc.sql("UPDATE content_revision SET cover_link = NULL WHERE id = ? AND cover_link = ?")
			.params(id, link)
			.update();
	}

}
