package org.zhengtong.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.content.ArticlePublished;
import org.zhengtong.content.ArticleSummary;
import org.zhengtong.content.ArticleWithdrawn;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.CoverStory;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.shared.PageOf;

@Service
class ArticleService implements Articles {

	static final int LONGEST_BODY = 1_000_000;

	static final int MOST_TAGS = 10;

	static final int LONGEST_TAG = 20;

	/** A page of this site, or an address on the web without spaces or quotes. */
	private static final java.util.regex.Pattern RELATED_URL = java.util.regex.Pattern
		.compile("(https?://[^\\s\"'<>]+|/(?![/\\\\])[^\\s\"'<>]*)");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final ChannelService channels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final RevisionFiles files;

	private final DisclosureService disclosures;

	private final PreviewLinks previews;

	private final AuditManagement audit;

	private final org.springframework.beans.factory.ObjectProvider<ArticleImport> imports;

	ArticleService(JdbcClient jdbc, ChannelService channels, ApplicationEventPublisher events, Clock clock,
			RevisionFiles files, DisclosureService disclosures, PreviewLinks previews,
			org.springframework.beans.factory.ObjectProvider<ArticleImport> imports, AuditManagement audit) {
		this.audit = audit;
		this.previews = previews;
		this.imports = imports;
		this.files = files;
		this.disclosures = disclosures;
		this.jdbc = jdbc;
		this.channels = channels;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public RevisionView create(UUID channel, Draft draft, String actor) {
		ChannelView found = channels.find(channel).orElseThrow(() -> new IllegalArgumentException("No channel"));
		if (found.kind() == ChannelKind.LINK) {
			throw ContentRefused.notArticles(found.name());
		}
		mayDraft(found, actor, "content.article-created");
		Draft clean = checked(draft);
		@Nullable DisclosureFields elements = found.kind() == ChannelKind.DISCLOSURE
				? disclosures.checked(draft.disclosure(), found, null) : null;
		Instant now = clock.instant();
		long article = jdbc.sql("""
				INSERT INTO content_article (channel_id, state, created_by, created_at) VALUES (?, 'UNPUBLISHED', ?, ?)
				RETURNING id""").params(channel, actor, Timestamp.from(now)).query(Long.class).single();
		long revision = insertRevision(article, 1, clean, actor, now);
		if (elements != null) {
			disclosures.store(revision, elements);
		}
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.article-created", "article",
				Long.toString(article), actor + " 在栏目 " + found.name() + " 起草《" + clean.title() + "》"));
		return revision(revision).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView save(long id, Draft draft, String actor) {
		RevisionView revision = forDrafter(id, actor);
		if (!revision.state().equals("DRAFT") && !revision.state().equals("RETURNED")) {
			throw ContentRefused.wrongState(revision.state());
		}
		Draft clean = checked(draft);
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		if (channel.kind() == ChannelKind.DISCLOSURE) {
			disclosures.store(id, disclosures.checked(draft.disclosure(), channel, revision.articleId()));
		}
		jdbc.sql("""
				UPDATE content_revision SET title = ?, subtitle = ?, source = ?, author = ?, body = ?, tags = ?,
				    updated_at = ? WHERE id = ?""")
			.params(clean.title(), clean.subtitle(), clean.source(), clean.author(), clean.body(),
					clean.tags().toArray(String[]::new), Timestamp.from(clock.instant()), id)
			.update();
		storeRelated(id, clean.related());
		return revision(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView submit(long id, String actor) {
		RevisionView revision = forDrafter(id, actor);
		if (!revision.state().equals("DRAFT") && !revision.state().equals("RETURNED")) {
			throw ContentRefused.wrongState(revision.state());
		}
		if (channels.find(revision.channelId()).orElseThrow().kind() == ChannelKind.DISCLOSURE
				&& disclosures.fields(id).isEmpty()) {
			throw ContentRefused.disclosureMissing();
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE content_revision SET state = 'SUBMITTED', submitted_at = ?, updated_at = ? WHERE id = ?")
			.params(Timestamp.from(now), Timestamp.from(now), id)
			.update();
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-submitted", "article", Long.toString(revision.articleId()),
					actor + " 提交《" + revision.title() + "》第 " + revision.number() + " 稿送审")
			.withChange(revision.state(), "SUBMITTED"));
		return revision(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView publish(long id, String actor) {
		RevisionView revision = forReviewer(id, actor, "content.revision-published", "SUBMITTED");
		putOnSite(revision, actor, actor, clock.instant(),
				actor + " 审核发布《" + revision.title() + "》第 " + revision.number() + " 稿（撰稿 " + revision.drafter() + "）");
		return revision(id).orElseThrow();
	}

	/**
	 * The revision becomes the article's public text, approved by {@code reviewer}; an
	 * expiry already past is dropped.
	 */
	private void putOnSite(RevisionView revision, String reviewer, String actor, Instant now, String detail) {
		jdbc.sql("UPDATE content_revision SET state = 'SUPERSEDED' WHERE article_id = ? AND state = 'PUBLISHED'")
			.param(revision.articleId())
			.update();
		jdbc.sql("""
				UPDATE content_revision SET state = 'PUBLISHED', reviewer = ?, decided_at = coalesce(decided_at, ?),
				    comment = NULL, publish_at = NULL, updated_at = ? WHERE id = ?""")
			.params(reviewer, Timestamp.from(now), Timestamp.from(now), revision.id())
			.update();
		jdbc.sql("""
				UPDATE content_article SET state = 'PUBLISHED', published_revision = ?, published_at = ?,
				    first_published_at = coalesce(first_published_at, ?), withdrawn_at = NULL, withdrawn_by = NULL,
				    withdrawn_reason = NULL, expires_at = CASE WHEN expires_at <= ? THEN NULL ELSE expires_at END
				WHERE id = ?""")
			.params(revision.id(), Timestamp.from(now), Timestamp.from(now), Timestamp.from(now), revision.articleId())
			.update();
		disclosures.published(revision.articleId(), revision.id(), now);
		String site = siteOf(revision.channelId());
		channels.bump(site);
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-published", "article", Long.toString(revision.articleId()), detail)
			.withChange(revision.state(), "PUBLISHED"));
		events.publishEvent(new ArticlePublished(revision.articleId(), site));
	}

	@Override
	@Transactional
	public RevisionView schedule(long id, Instant at, String actor) {
		RevisionView revision = forReviewer(id, actor, "content.revision-scheduled", "SUBMITTED");
		Instant now = clock.instant();
		if (!at.isAfter(now)) {
			throw ContentRefused.notInFuture();
		}
		jdbc.sql("""
				UPDATE content_revision SET state = 'SCHEDULED', reviewer = ?, decided_at = ?, comment = NULL,
				    publish_at = ?, updated_at = ? WHERE id = ?""")
			.params(actor, Timestamp.from(now), Timestamp.from(at), Timestamp.from(now), id)
			.update();
		events
			.publishEvent(
					AuditableEvent
						.succeeded(now, actor, "content.revision-scheduled", "article",
								Long.toString(revision.articleId()),
								actor + " 审核通过《" + revision.title() + "》第 " + revision.number() + " 稿，定于 " + local(at)
										+ " 发布（撰稿 " + revision.drafter() + "）")
						.withChange("SUBMITTED", "SCHEDULED"));
		return revision(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView unschedule(long id, String actor) {
		RevisionView revision = forReviewer(id, actor, "content.revision-unscheduled", "SCHEDULED");
		backToReview(revision, clock.instant(), actor, actor + " 取消《" + revision.title() + "》第 " + revision.number()
				+ " 稿的定时发布（原定 " + local(revision.publishAt()) + "），退回待审");
		return revision(id).orElseThrow();
	}

	/** A scheduled revision goes back to the reviewers, without the decision. */
	private void backToReview(RevisionView revision, Instant now, String actor, String detail) {
		jdbc.sql("""
				UPDATE content_revision SET state = 'SUBMITTED', reviewer = NULL, decided_at = NULL, publish_at = NULL,
				    updated_at = ? WHERE id = ? AND state = 'SCHEDULED'""")
			.params(Timestamp.from(now), revision.id())
			.update();
		events.publishEvent(
				AuditableEvent
					.succeeded(now, actor, "content.revision-unscheduled", "article",
							Long.toString(revision.articleId()), detail)
					.withChange("SCHEDULED", "SUBMITTED"));
	}

	/**
	 * The scheduled revisions whose time has come, oldest first (at most {@code limit});
	 * read without locks: {@link #publishDue(long)} claims each one.
	 */
	List<Long> due(int limit) {
		return jdbc.sql("""
				SELECT id FROM content_revision WHERE state = 'SCHEDULED' AND publish_at <= ?
				ORDER BY publish_at, id LIMIT ?""")
			.params(Timestamp.from(clock.instant()), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Publishes one scheduled revision whose time has come, in the name of the reviewer
	 * who approved it. The article's row is claimed first (as a withdrawal does) with
	 * {@code SKIP LOCKED}: another instance already at it, or a reviewer who just took
	 * the schedule back, make this a no-op.
	 * @return whether it was published here
	 */
	@Transactional
	boolean publishDue(long id) {
		Instant now = clock.instant();
		boolean claimed = jdbc.sql("""
				SELECT a.id FROM content_article a JOIN content_revision r ON r.article_id = a.id WHERE r.id = ?
				FOR UPDATE OF a SKIP LOCKED""").param(id).query(Long.class).optional().isPresent();
		Optional<RevisionView> due = !claimed ? Optional.empty()
				: jdbc.sql(REVISIONS + """
						WHERE r.id = ? AND r.state = 'SCHEDULED' AND r.publish_at <= ? FOR UPDATE OF r""")
					.params(id, Timestamp.from(now))
					.query(ArticleService::revisionRow)
					.optional();
		due.ifPresent((revision) -> putOnSite(revision, revision.reviewer(), AccountManagement.SYSTEM, now,
				"定时发布《" + revision.title() + "》第 " + revision.number() + " 稿（" + revision.reviewer() + " 审核通过，撰稿 "
						+ revision.drafter() + "）"));
		return due.isPresent();
	}

	/**
	 * A scheduled revision that could not be published goes back to the reviewers, the
	 * reason in the audit log, so that the next ones are not held up behind it.
	 */
	@Transactional
	void scheduleFailed(long id, String reason) {
		revision(id).filter((r) -> r.state().equals("SCHEDULED"))
			.ifPresent((revision) -> backToReview(revision, clock.instant(), AccountManagement.SYSTEM,
					"《" + revision.title() + "》第 " + revision.number() + " 稿定时发布失败（" + reason + "），退回待审"));
	}

	@Override
	@Transactional
	public void expire(long article, @Nullable Instant at, String actor) {
		record Found(UUID channel, String state, @Nullable String title) {
		}
		Found found = jdbc.sql("""
				SELECT a.channel_id, a.state, r.title FROM content_article a
				LEFT JOIN content_revision r ON r.article_id = a.id AND r.state IN ('PUBLISHED', 'SCHEDULED')
				WHERE a.id = ? ORDER BY r.number DESC LIMIT 1""")
			.param(article)
			.query((row, number) -> new Found(row.getObject("channel_id", UUID.class), row.getString("state"),
					row.getString("title")))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No article " + article));
		if (found.title() == null || found.state().equals("WITHDRAWN")) {
			throw ContentRefused.wrongState(found.state());
		}
		ChannelView channel = channels.find(found.channel()).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			denied(actor, "content.article-expiry", article);
			throw ContentRefused.notReviewable(channel.name());
		}
		Instant now = clock.instant();
		if (at != null && !at.isAfter(now)) {
			throw ContentRefused.notInFuture();
		}
		jdbc.sql("UPDATE content_article SET expires_at = ? WHERE id = ?")
			.params(at == null ? null : Timestamp.from(at), article)
			.update();
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.article-expiry", "article",
				Long.toString(article), at == null ? actor + " 取消《" + found.title() + "》的到期下线"
						: actor + " 设定《" + found.title() + "》于 " + local(at) + " 到期下线"));
	}

	/**
	 * Takes one published article whose expiry has come off the site, claiming it with
	 * {@code SKIP LOCKED} so that two instances never take the same one.
	 * @return whether there was one
	 */
	@Transactional
	boolean withdrawExpired() {
		Instant now = clock.instant();
		Optional<PublishedArticle> expired = jdbc.sql("""
				SELECT id FROM content_article WHERE state = 'PUBLISHED' AND expires_at <= ?
				ORDER BY expires_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
			.param(Timestamp.from(now))
			.query(Long.class)
			.optional()
			.flatMap(this::published);
		expired.ifPresent((found) -> takeOff(found, channels.find(found.channelId()).orElseThrow(),
				AccountManagement.SYSTEM, "到期自动下线", now));
		return expired.isPresent();
	}

	private void lockArticle(long article) {
		jdbc.sql("SELECT id FROM content_article WHERE id = ? FOR UPDATE").param(article).query(Long.class).optional();
	}

	/** A time as people read it, in the platform's zone. */
	private String local(@Nullable Instant at) {
		return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
	}

	@Override
	@Transactional
	public RevisionView returnToDrafter(long id, String comment, String actor) {
		if (comment.isBlank()) {
			throw ContentRefused.commentMissing();
		}
		RevisionView revision = forReviewer(id, actor, "content.revision-returned", "SUBMITTED");
		Instant now = clock.instant();
		jdbc.sql(
				"""
						UPDATE content_revision SET state = 'RETURNED', reviewer = ?, comment = ?, decided_at = ?, updated_at = ?
						WHERE id = ?""")
			.params(actor, comment.strip(), Timestamp.from(now), Timestamp.from(now), id)
			.update();
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-returned", "article", Long.toString(revision.articleId()),
					actor + " 退回《" + revision.title() + "》第 " + revision.number() + " 稿：" + comment.strip())
			.withChange("SUBMITTED", "RETURNED"));
		return revision(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView revise(long article, String actor) {
		RevisionView published = history(article).stream()
			.filter((r) -> r.state().equals("PUBLISHED"))
			.findFirst()
			.orElseThrow(() -> ContentRefused.wrongState("UNPUBLISHED"));
		mayDraft(channels.find(published.channelId()).orElseThrow(), actor, "content.article-revised");
		if (history(article).stream().anyMatch(RevisionView::open)) {
			throw ContentRefused.openRevision();
		}
		Instant now = clock.instant();
		long id = insertRevision(
				article, published.number() + 1, new Draft(published.title(), published.subtitle(), published.source(),
						published.author(), published.body(), null, published.tags(), related(published.id())),
				actor, now);
		RevisionFiles.Copied copied = files.copy(published.id(), id, published.body(), published.coverLink(), actor);
		jdbc.sql("UPDATE content_revision SET body = ?, cover_link = ? WHERE id = ?")
			.params(copied.body(), copied.cover(), id)
			.update();
		disclosures.copy(published.id(), id);
		events.publishEvent(
				AuditableEvent.succeeded(now, actor, "content.article-revised", "article", Long.toString(article),
						actor + " 修改已发布的《" + published.title() + "》（第 " + (published.number() + 1) + " 稿）"));
		return revision(id).orElseThrow();
	}

	@Override
	@Transactional
	public void withdraw(long article, String reason, String actor) {
		if (reason.isBlank()) {
			throw ContentRefused.commentMissing();
		}
		lockArticle(article);
		PublishedArticle found = published(article).filter((a) -> !a.withdrawn())
			.orElseThrow(() -> ContentRefused.wrongState("UNPUBLISHED"));
		ChannelView channel = channels.find(found.channelId()).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			denied(actor, "content.article-withdrawn", article);
			throw ContentRefused.notReviewable(channel.name());
		}
		takeOff(found, channel, actor, reason.strip(), clock.instant());
	}

	@Override
	@Transactional
	public void move(long article, UUID to, String actor) {
		record Found(UUID channel, String title) {
		}
		Found found = jdbc.sql("""
				SELECT a.channel_id, r.title FROM content_article a
				JOIN content_revision r ON r.id = coalesce(a.published_revision,
				    (SELECT max(id) FROM content_revision WHERE article_id = a.id))
				WHERE a.id = ?""")
			.param(article)
			.query((row, number) -> new Found(row.getObject("channel_id", UUID.class), row.getString("title")))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No article " + article));
		ChannelView from = channels.find(found.channel()).orElseThrow();
		ChannelView target = channels.find(to).orElseThrow(() -> new IllegalArgumentException("No channel " + to));
		if (from.id().equals(target.id())) {
			return;
		}
		for (ChannelView channel : List.of(from, target)) {
			if (!channels.mayReview(actor, channel.id())) {
				denied(actor, "content.article-moved", article);
				throw ContentRefused.notReviewable(channel.name());
			}
		}
		if (!target.active() || !target.siteCode().equals(from.siteCode()) || target.kind() != from.kind()) {
			throw ContentRefused.notMovable(target.name());
		}
		Instant now = clock.instant();
		jdbc.sql("UPDATE content_article SET channel_id = ? WHERE id = ?").params(to, article).update();
		channels.bump(from.siteCode());
		events.publishEvent(
				AuditableEvent.succeeded(now, actor, "content.article-moved", "article", Long.toString(article),
						actor + " 把《" + found.title() + "》从“" + from.name() + "”移到“" + target.name() + "”"));
		if (published(article).filter((a) -> !a.withdrawn()).isPresent()) {
			// Search shows the channel: indexed again.
			events.publishEvent(new ArticlePublished(article, from.siteCode()));
		}
	}

	private void takeOff(PublishedArticle found, ChannelView channel, String actor, String reason, Instant now) {
		jdbc.sql(
				"""
						UPDATE content_article SET state = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ?,
						    expires_at = NULL WHERE id = ?""")
			.params(Timestamp.from(now), actor, reason, found.id())
			.update();
		// A revision approved for later would put the article back: it waits for a new
		// decision.
		for (RevisionView waiting : jdbc.sql(REVISIONS + "WHERE r.article_id = ? AND r.state = 'SCHEDULED'")
			.param(found.id())
			.query(ArticleService::revisionRow)
			.list()) {
			backToReview(waiting, now, AccountManagement.SYSTEM, "《" + waiting.title() + "》已撤下，第 " + waiting.number()
					+ " 稿的定时发布（原定 " + local(waiting.publishAt()) + "）取消，退回待审");
		}
		channels.bump(channel.siteCode());
		events.publishEvent(
				AuditableEvent
					.succeeded(now, actor, "content.article-withdrawn", "article", Long.toString(found.id()),
							actor + " 撤下《" + found.title() + "》：" + reason)
					.withChange("PUBLISHED", "WITHDRAWN"));
		events.publishEvent(new ArticleWithdrawn(found.id(), channel.siteCode()));
	}

	@Override
	@Transactional
	public org.zhengtong.files.FileLink attach(long id, java.io.InputStream content, String fileName, boolean image,
			String actor) {
		RevisionView revision = open(id, actor);
		org.zhengtong.files.FileLink link = files.attach(revision, content, fileName, image, actor);
		if (image) {
			jdbc.sql("UPDATE content_revision SET body = body || ?, updated_at = ? WHERE id = ?")
				.params(RichText.sanitize(RevisionFiles.imageTag(link)), Timestamp.from(clock.instant()), id)
				.update();
		}
		return link;
	}

	@Override
	@Transactional
	public void detach(long id, UUID link, String actor) {
		RevisionView revision = open(id, actor);
		files.of(id).stream().filter((l) -> l.id().equals(link)).findFirst().ifPresent((found) -> {
			// The image, and the paragraph it stood alone in.
			String body = revision.body()
				.replaceAll("<p>\\s*<img[^>]*src=\"" + java.util.regex.Pattern.quote(found.downloadPath())
						+ "\"[^>]*>\\s*</p>", "")
				.replaceAll("<img[^>]*src=\"" + java.util.regex.Pattern.quote(found.downloadPath()) + "\"[^>]*>", "");
			jdbc.sql("UPDATE content_revision SET body = ?, updated_at = ? WHERE id = ?")
				.params(body, Timestamp.from(clock.instant()), id)
				.update();
		});
		jdbc.sql("UPDATE content_revision SET cover_link = NULL WHERE id = ? AND cover_link = ?")
			.params(id, link)
			.update();
		files.detach(revision, link, actor);
	}

	@Override
	@Transactional
	public void cover(long id, @Nullable UUID link, String actor) {
		RevisionView revision = open(id, actor);
		if (link != null && files.of(id)
			.stream()
			.noneMatch((l) -> l.id().equals(link) && l.file().mediaType().startsWith("image/"))) {
			throw ContentRefused.notAnImage();
		}
		jdbc.sql("UPDATE content_revision SET cover_link = ?, updated_at = ? WHERE id = ?")
			.params(link, Timestamp.from(clock.instant()), revision.id())
			.update();
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
					row.getString("title"),
					org.zhengtong.files.FileLink.downloadPath(row.getObject("cover_link", UUID.class)),
					row.getTimestamp("published_at").toInstant()))
			.list();
	}

	@Override
	public List<org.zhengtong.files.FileLink> files(long revision) {
		return files.of(revision);
	}

	@Override
	public List<org.zhengtong.files.FileLink> attachments(long article) {
		return jdbc.sql("SELECT published_revision FROM content_article WHERE id = ? AND state = 'PUBLISHED'")
			.param(article)
			.query(Long.class)
			.optional()
			.flatMap(this::revision)
			.map((published) -> files.of(published.id())
				.stream()
				.filter((link) -> !published.body().contains(link.downloadPath()))
				.toList())
			.orElse(List.of());
	}

	/** The actor's own revision, while it may change (a draft, or returned). */
	private RevisionView open(long id, String actor) {
		RevisionView revision = forDrafter(id, actor);
		if (!revision.state().equals("DRAFT") && !revision.state().equals("RETURNED")) {
			throw ContentRefused.wrongState(revision.state());
		}
		return revision;
	}

	@Override
	public Optional<RevisionView> revision(long id) {
		return jdbc.sql(REVISIONS + "WHERE r.id = ?").param(id).query(ArticleService::revisionRow).optional();
	}

	@Override
	public org.zhengtong.platform.JobView importDrafts(UUID channel, java.io.InputStream workbook, String fileName,
			String actor, java.util.Locale locale) throws java.io.IOException {
		return imports.getObject().start(channel, workbook, fileName, actor, locale);
	}

	@Override
	public org.zhengtong.platform.JobView importDocuments(UUID channel, List<Upload> uploads, String actor,
			java.util.Locale locale) throws java.io.IOException {
		return imports.getObject().startDocuments(channel, uploads, actor, locale);
	}

	@Override
	public byte[] importTemplate() throws java.io.IOException {
		return imports.getObject().template();
	}

	@Override
	public String sharePreview(long revision, String actor) {
		return previews.share(revision(revision).orElseThrow(() -> new IllegalArgumentException("No revision")), actor);
	}

	@Override
	public Optional<RevisionView> previewed(String token) {
		return previews.revisionOf(token).flatMap(this::revision);
	}

	@Override
	public List<RevisionView> history(long article) {
		return jdbc.sql(REVISIONS + "WHERE r.article_id = ? ORDER BY r.number DESC")
			.param(article)
			.query(ArticleService::revisionRow)
			.list();
	}

	@Override
	public List<DeskItem> mine(String actor) {
		return jdbc.sql(DESK + """
				WHERE r.state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED') AND lower(r.drafter) = lower(?)
				ORDER BY r.updated_at DESC LIMIT 200""").param(actor).query(ArticleService::deskRow).list();
	}

	@Override
	public List<DeskItem> toReview(String actor) {
		List<UUID> reviewable = channels.channelsOf(actor)
			.stream()
			.filter((channel) -> channels.mayReview(actor, channel))
			.toList();
		return jdbc.sql(DESK + """
				WHERE r.state = 'SUBMITTED' AND lower(r.drafter) <> lower(:actor) AND a.channel_id = ANY(:channels)
				ORDER BY r.submitted_at LIMIT 200""")
			.param("actor", actor)
			.param("channels", reviewable.toArray(UUID[]::new))
			.query(ArticleService::deskRow)
			.list();
	}

	@Override
	public List<DeskItem> scheduled(String actor) {
		return jdbc.sql(DESK + """
				WHERE r.state = 'SCHEDULED' AND a.channel_id = ANY(:channels) ORDER BY r.publish_at LIMIT 200""")
			.param("channels", channels.channelsOf(actor).toArray(UUID[]::new))
			.query(ArticleService::deskRow)
			.list();
	}

	@Override
	public List<DeskItem> recentlyPublished(String actor, int limit) {
		return jdbc
			.sql(DESK.replace("r.id = (SELECT max(id) FROM content_revision WHERE article_id = a.id)",
					"r.id = a.published_revision") + """
							WHERE a.state = 'PUBLISHED' AND a.channel_id = ANY(:channels)
							ORDER BY a.published_at DESC LIMIT :limit""")
			.param("channels", channels.channelsOf(actor).toArray(UUID[]::new))
			.param("limit", limit)
			.query(ArticleService::deskRow)
			.list();
	}

	private static final String PUBLISHED = """
			SELECT a.id, a.channel_id, a.state, a.first_published_at, a.published_at, a.withdrawn_at, a.expires_at, r.tags,
			       a.published_revision, r.title,
			       r.subtitle, r.source, r.author, r.body, r.drafter, r.reviewer, r.cover_link
			FROM content_article a JOIN content_revision r ON r.id = a.published_revision
			""";

	@Override
	public Optional<PublishedArticle> published(long article) {
		return jdbc.sql(PUBLISHED + "WHERE a.id = ? AND a.state IN ('PUBLISHED', 'WITHDRAWN')")
			.param(article)
			.query(ArticleService::publishedRow)
			.optional();
	}

	private static PublishedArticle publishedRow(ResultSet row, int number) throws SQLException {
		return new PublishedArticle(row.getLong("id"), row.getObject("channel_id", UUID.class), row.getString("state"),
				row.getString("title"), row.getString("subtitle"), row.getString("source"), row.getString("author"),
				row.getString("body"), row.getTimestamp("first_published_at").toInstant(),
				row.getTimestamp("published_at").toInstant(), instant(row.getTimestamp("withdrawn_at")),
				row.getString("drafter"), row.getString("reviewer"), instant(row.getTimestamp("expires_at")), tags(row),
				row.getLong("published_revision"), row.getObject("cover_link", UUID.class));
	}

	@Override
	public PageOf<ArticleSummary> publishedIn(UUID channel, int page, int size) {
		long total = jdbc.sql("SELECT count(*) FROM content_article WHERE channel_id = ? AND state = 'PUBLISHED'")
			.param(channel)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = jdbc.sql(SUMMARIES + """
				WHERE a.channel_id = ? AND a.state = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC
				LIMIT ? OFFSET ?""").params(channel, size, (long) page * size).query(ArticleService::summaryRow).list();
		return new PageOf<>(items, total, page, size);
	}

	@Override
	public List<PublishedArticle> publishedAfter(long afterId, int limit) {
		return jdbc.sql(PUBLISHED + "WHERE a.state = 'PUBLISHED' AND a.id > ? ORDER BY a.id LIMIT ?")
			.params(afterId, limit)
			.query(ArticleService::publishedRow)
			.list();
	}

	@Override
	public List<PublishedArticle> latestIn(UUID channel, int limit) {
		return jdbc.sql(PUBLISHED + """
				WHERE a.channel_id = ? AND a.state = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT ?""")
			.params(channel, limit)
			.query(ArticleService::publishedRow)
			.list();
	}

	@Override
	public List<ArticleSummary> publishedWithIds(long from, long to) {
		return jdbc.sql(SUMMARIES + "WHERE a.id >= ? AND a.id < ? AND a.state = 'PUBLISHED' AND c.active ORDER BY a.id")
			.params(from, to)
			.query(ArticleService::summaryRow)
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
			.query(ArticleService::summaryRow)
			.list();
	}

	private long insertRevision(long article, int number, Draft draft, String actor, Instant now) {
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

	private void storeRelated(long revision, List<RelatedLink> links) {
		jdbc.sql("DELETE FROM content_revision_link WHERE revision_id = ?").param(revision).update();
		for (int i = 0; i < links.size(); i++) {
			jdbc.sql("INSERT INTO content_revision_link (revision_id, position, title, url) VALUES (?, ?, ?, ?)")
				.params(revision, i, links.get(i).title(), links.get(i).url())
				.update();
		}
	}

	@Override
	public List<RelatedLink> related(long revision) {
		return jdbc.sql("SELECT title, url FROM content_revision_link WHERE revision_id = ? ORDER BY position")
			.param(revision)
			.query((row, number) -> new RelatedLink(row.getString("title"), row.getString("url")))
			.list();
	}

	@Override
	public PageOf<ArticleSummary> tagged(String siteCode, String tag, int page, int size) {
		String where = """
				WHERE a.state = 'PUBLISHED' AND c.site_code = :site AND c.active AND r.state = 'PUBLISHED'
				    AND r.tags @> ARRAY[CAST(:tag AS text)]""";
		long total = jdbc.sql(SUMMARIES.replaceFirst("SELECT [^\\n]*\\n", "SELECT count(*)\n") + where)
			.param("site", siteCode)
			.param("tag", tag)
			.query(Long.class)
			.single();
		List<ArticleSummary> items = jdbc
			.sql(SUMMARIES + where + " ORDER BY a.published_at DESC, a.id DESC LIMIT :size OFFSET :offset")
			.param("site", siteCode)
			.param("tag", tag)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ArticleService::summaryRow)
			.list();
		return new PageOf<>(items, total, page, size);
	}

	/** Trimmed, within their lengths, the body sanitized. */
	static Draft checked(Draft draft) {
		String title = draft.title().strip();
		if (title.isEmpty()) {
			throw ContentRefused.titleMissing();
		}
		if (title.length() > 200) {
			throw ContentRefused.tooLong("title", 200);
		}
		if (draft.body().length() > LONGEST_BODY) {
			throw ContentRefused.tooLong("body", LONGEST_BODY);
		}
		List<String> tags = draft.tags()
			.stream()
			.map(String::strip)
			.filter((tag) -> !tag.isEmpty())
			.distinct()
			.toList();
		if (tags.size() > MOST_TAGS || tags.stream().anyMatch((tag) -> tag.length() > LONGEST_TAG)) {
			throw ContentRefused.tags(MOST_TAGS, LONGEST_TAG);
		}
		if (draft.related().size() > MOST_TAGS) {
			throw ContentRefused.relatedLink(draft.related().get(MOST_TAGS).title());
		}
		List<RelatedLink> related = new ArrayList<>();
		for (RelatedLink link : draft.related()) {
			String linkTitle = link.title().strip();
			String url = link.url().strip();
			if (linkTitle.isEmpty() || linkTitle.length() > 100 || url.length() > 500
					|| !RELATED_URL.matcher(url).matches()) {
				throw ContentRefused.relatedLink((linkTitle + " " + url).strip());
			}
			related.add(new RelatedLink(linkTitle, url));
		}
		return new Draft(title, optional(draft.subtitle(), "subtitle"), optional(draft.source(), "source"),
				optional(draft.author(), "author"), RichText.sanitize(RichText.paragraphs(draft.body())), null, tags,
				related);
	}

	private static @Nullable String optional(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > 200) {
			throw ContentRefused.tooLong(field, 200);
		}
		return value.strip();
	}

	private void mayDraft(ChannelView channel, String actor, String action) {
		if (channels.levelOf(actor, channel.id()).isEmpty()) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, "channel", channel.id().toString(),
								actor + " 无权在栏目 " + channel.name() + " 撰稿")
						.withOutcome(Outcome.DENIED));
			throw ContentRefused.notDraftable(channel.name());
		}
	}

	/** The open revision, which only its drafter changes. */
	private RevisionView forDrafter(long id, String actor) {
		RevisionView revision = locked(id);
		if (!revision.drafter().equalsIgnoreCase(actor)) {
			// Someone else of the channel: refused with a message, and audited.
			denied(actor, "content.revision-changed", revision.articleId());
			throw ContentRefused.notYourDraft(revision.drafter());
		}
		return revision;
	}

	/**
	 * A submitted revision the actor may review: REVIEW in its channel, not their own.
	 */
	private RevisionView forReviewer(long id, String actor, String action, String state) {
		RevisionView revision = locked(id);
		if (!revision.state().equals(state)) {
			throw ContentRefused.wrongState(revision.state());
		}
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			denied(actor, action, revision.articleId());
			throw ContentRefused.notReviewable(channel.name());
		}
		if (revision.drafter().equalsIgnoreCase(actor)) {
			denied(actor, action, revision.articleId());
			throw ContentRefused.ownDraft();
		}
		return revision;
	}

	/**
	 * The revision, its row locked until the transaction ends: a step checks the state it
	 * changes from, and neither the scheduler nor a second reviewer can change it
	 * meanwhile.
	 */
	private RevisionView locked(long id) {
		jdbc.sql("SELECT id FROM content_revision WHERE id = ? FOR UPDATE")
			.param(id)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No revision " + id));
		return revision(id).orElseThrow();
	}

	/**
	 * Records a refused step on an article in a transaction of its own: the refusal that
	 * follows rolls back everything the step did, and the entry stays.
	 */
	private void denied(String actor, String action, long article) {
		audit.recordApart(denial(clock.instant(), actor, action, article));
	}

	/**
	 * The audit entry of a refused step on an article, for
	 * {@link AuditManagement#recordApart}.
	 */
	static AuditableEvent denial(Instant at, String actor, String action, long article) {
		return AuditableEvent.succeeded(at, actor, action, "article", Long.toString(article), actor + " 的操作被拒绝")
			.withOutcome(Outcome.DENIED);
	}

	private String siteOf(UUID channel) {
		return channels.find(channel).orElseThrow().siteCode();
	}

	private static final String REVISIONS = """
			SELECT r.*, a.channel_id FROM content_revision r JOIN content_article a ON a.id = r.article_id
			""";

	private static final String DESK = """
			SELECT a.id AS article_id, r.id AS revision_id, a.channel_id, c.name AS channel_name, r.title, r.state,
			       a.state AS article_state, r.drafter, r.reviewer, r.updated_at, r.publish_at
			FROM content_article a JOIN content_channel c ON c.id = a.channel_id
			JOIN content_revision r ON r.id = (SELECT max(id) FROM content_revision WHERE article_id = a.id)
			""";

	private static final String SUMMARIES = """
			SELECT a.id, a.channel_id, c.name AS channel_name, r.title, a.published_at, r.cover_link
			FROM content_article a JOIN content_channel c ON c.id = a.channel_id
			JOIN content_revision r ON r.id = a.published_revision
			""";

	private static RevisionView revisionRow(ResultSet row, int number) throws SQLException {
		return new RevisionView(row.getLong("id"), row.getLong("article_id"), row.getInt("number"),
				row.getObject("channel_id", UUID.class), row.getString("state"), row.getString("title"),
				row.getString("subtitle"), row.getString("source"), row.getString("author"), row.getString("body"),
				row.getString("drafter"), instant(row.getTimestamp("submitted_at")), row.getString("reviewer"),
				row.getString("comment"), instant(row.getTimestamp("decided_at")),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant(),
				instant(row.getTimestamp("publish_at")), tags(row), row.getObject("cover_link", UUID.class));
	}

	private static List<String> tags(ResultSet row) throws SQLException {
		java.sql.Array tags = row.getArray("tags");
		return tags == null ? List.of() : List.of((String[]) tags.getArray());
	}

	private static DeskItem deskRow(ResultSet row, int number) throws SQLException {
		return new DeskItem(row.getLong("article_id"), row.getLong("revision_id"),
				row.getObject("channel_id", UUID.class), row.getString("channel_name"), row.getString("title"),
				row.getString("state"), row.getString("article_state"), row.getString("drafter"),
				row.getString("reviewer"), row.getTimestamp("updated_at").toInstant(),
				instant(row.getTimestamp("publish_at")));
	}

	private static ArticleSummary summaryRow(ResultSet row, int number) throws SQLException {
		return new ArticleSummary(row.getLong("id"), row.getObject("channel_id", UUID.class),
				row.getString("channel_name"), row.getString("title"), row.getTimestamp("published_at").toInstant(),
				row.getObject("cover_link", UUID.class));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
