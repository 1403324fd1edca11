package org.zhengtong.content.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.CoverStory;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.PublishedArticles;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.files.FileLink;
import org.zhengtong.shared.PageOf;

/**
 * The public read model: published articles as the portal, feeds, sitemap and search read
 * them.
 */
@Service
class PublishedArticleQueries implements PublishedArticles {

	private final JdbcClient jdbc;

	private final RevisionRecords revisions;

	private final RevisionFiles files;

	PublishedArticleQueries(JdbcClient jdbc, RevisionRecords revisions, RevisionFiles files) {
		this.jdbc = jdbc;
		this.revisions = revisions;
		this.files = files;
	}

	@Override
	public Optional<PublishedArticle> published(long article) {
		return jdbc.sql(ArticleRows.PUBLISHED + "WHERE a.id = ? AND a.state IN ('PUBLISHED', 'WITHDRAWN')")
			.param(article)
			.query(ArticleRows::published)
			.optional();
	}

	@Override
	public PageOf<ArticleSummary> publishedIn(UUID channel, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM content_article WHERE channel_id = ? AND state = 'PUBLISHED'")
			.param(channel)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = jdbc.sql(ArticleRows.SUMMARIES + """
				WHERE a.channel_id = ? AND a.state = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC
				LIMIT ? OFFSET ?""").params(channel, size, (long) page * size).query(ArticleRows::summary).list();
		return new PageOf<>(items, total, page, size);
	}

	@Override
	public PageOf<ArticleSummary> tagged(String siteCode, String tag, int page, int size) {
		String where = """
				WHERE a.state = 'PUBLISHED' AND c.site_code = :site AND c.active AND r.state = 'PUBLISHED'
				    AND r.tags @> ARRAY[CAST(:tag AS text)]""";
		long total = jdbc.sql(ArticleRows.SUMMARIES.replaceFirst("SELECT [^\\n]*\\n", "SELECT count(*)\n") + where)
			.param("site", siteCode)
			.param("tag", tag)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = jdbc
			.sql(ArticleRows.SUMMARIES + where + " ORDER BY a.published_at DESC, a.id DESC LIMIT :size OFFSET :offset")
			.param("site", siteCode)
			.param("tag", tag)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ArticleRows::summary)
			.list();
		return new PageOf<>(items, total, page, size);
	}

	@Override
	public List<PublishedArticle> publishedAfter(long afterId, int limit) {
		return jdbc.sql(ArticleRows.PUBLISHED + "WHERE a.state = 'PUBLISHED' AND a.id > ? ORDER BY a.id LIMIT ?")
			.params(afterId, limit)
			.query(ArticleRows::published)
			.list();
	}

	@Override
	public List<PublishedArticle> latestIn(UUID channel, int limit) {
		return jdbc.sql(ArticleRows.PUBLISHED + """
				WHERE a.channel_id = ? AND a.state = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT ?""")
			.params(channel, limit)
			.query(ArticleRows::published)
			.list();
	}

	@Override
	public List<ArticleSummary> publishedWithIds(long from, long to) {
		return jdbc
			.sql(ArticleRows.SUMMARIES
					+ "WHERE a.id >= ? AND a.id < ? AND a.state = 'PUBLISHED' AND c.active ORDER BY a.id")
			.params(from, to)
			.query(ArticleRows::summary)
			.list();
	}

	@Override
	public long lastPublishedId() {
		return jdbc.sql("SELECT coalesce(max(id), 0) FROM content_article WHERE state = 'PUBLISHED'")
			.query(Long.class)
			.single();
	}

	@Override
	public long publishedCount() {
		return jdbc.sql("SELECT count(*) FROM content_article WHERE state = 'PUBLISHED'").query(Long.class).single();
	}

	@Override
	public List<ArticleSummary> latestOnHomepage(String siteCode, int perChannel) {
		// The newest of each homepage channel from its own index: one sort over the
		// whole table would cost seconds at a million articles.
		return jdbc.sql("""
				SELECT a.id, a.channel_id, c.name AS channel_name, r.title, a.published_at, r.cover_link
				FROM content_channel c
				CROSS JOIN LATERAL (
				    SELECT x.id, x.channel_id, x.published_at, x.published_revision FROM content_article x
				    WHERE x.channel_id = c.id AND x.state = 'PUBLISHED'
				    ORDER BY x.published_at DESC, x.id DESC LIMIT :limit) a
				JOIN content_revision r ON r.id = a.published_revision
				WHERE c.site_code = :site AND c.on_homepage AND c.active
				ORDER BY a.published_at DESC, a.id DESC""")
			.param("site", siteCode)
			.param("limit", perChannel)
			.query(ArticleRows::summary)
			.list();
	}

	@Override
	public List<CoverStory> withCover(String siteCode, int limit) {
		return jdbc.sql("""
				SELECT a.id, a.channel_id, r.title, r.cover_link, a.published_at
				FROM content_revision r JOIN content_article a ON a.published_revision = r.id
				JOIN content_channel c ON c.id = a.channel_id
				WHERE r.cover_link IS NOT NULL AND r.state = 'PUBLISHED' AND a.state = 'PUBLISHED'
				    AND c.site_code = ? AND c.on_homepage AND c.active
				ORDER BY a.published_at DESC, a.id DESC LIMIT ?""")
			.params(siteCode, limit)
			.query((row, number) -> new CoverStory(row.getLong("id"), row.getObject("channel_id", UUID.class),
					row.getString("title"), FileLink.downloadPath(row.getObject("cover_link", UUID.class)),
					row.getTimestamp("published_at").toInstant()))
			.list();
	}

	@Override
	public List<FileLink> attachments(long article) {
		return publishedRevision(article).flatMap(revisions::find)
			.map((published) -> files.of(published.id())
				.stream()
				.filter((link) -> !published.body().contains(link.downloadPath()))
				.toList())
			.orElse(List.of());
	}

	@Override
	public List<RelatedLink> related(long article) {
		return jdbc
			.sql("SELECT published_revision FROM content_article WHERE id = ? AND published_revision IS NOT NULL")
			.param(article)
			.query(Long.class)
			.optional()
			.map(revisions::related)
			.orElse(List.of());
	}

	private Optional<Long> publishedRevision(long article) {
		return jdbc.sql("SELECT published_revision FROM content_article WHERE id = ? AND state = 'PUBLISHED'")
			.param(article)
			.query(Long.class)
			.optional();
	}

}
