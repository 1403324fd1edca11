package org.zhengtong.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.content.ArticlePublished;
import org.zhengtong.content.ArticleReturned;
import org.zhengtong.content.ArticleState;
import org.zhengtong.content.Articles;
import org.zhengtong.content.ChannelKind;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.DeskFilter;
import org.zhengtong.content.DeskItem;
import org.zhengtong.content.DeskList;
import org.zhengtong.content.DisclosureFields;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.RelatedLink;
import org.zhengtong.content.ReviewReturn;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.platform.JobView;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;

/**
 * The desk workflow: writing, sending to review, the reviewers' decisions, revising,
 * moving, withdrawing. Each decision changes the revision only from the state it was
 * taken on; a second reviewer is told who decided first.
 */
@Service
class ArticleWorkflow implements Articles {

	private final RevisionRecords revisions;

	private final DeskGuards guards;

	private final DeskQueries desk;

	private final Publication publication;

	private final PublishedArticleQueries published;

	private final ChannelService channels;

	private final DisclosureService disclosures;

	private final RevisionFiles files;

	private final PreviewLinks previews;

	private final AccountManagement accounts;

	private final ObjectProvider<ArticleImport> imports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ArticleReviewCases reviews;

	ArticleWorkflow(RevisionRecords revisions, DeskGuards guards, DeskQueries desk, Publication publication,
			PublishedArticleQueries published, ChannelService channels, DisclosureService disclosures,
			RevisionFiles files, PreviewLinks previews, AccountManagement accounts,
			ObjectProvider<ArticleImport> imports, ApplicationEventPublisher events, Clock clock,
			ArticleReviewCases reviews) {
		this.reviews = reviews;
		this.revisions = revisions;
		this.guards = guards;
		this.desk = desk;
		this.publication = publication;
		this.published = published;
		this.channels = channels;
		this.disclosures = disclosures;
		this.files = files;
		this.previews = previews;
		this.accounts = accounts;
		this.imports = imports;
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
		guards.mayDraft(found, actor, "content.article-created");
		Draft clean = DraftRules.checked(draft);
		@Nullable DisclosureFields elements = found.kind() == ChannelKind.DISCLOSURE
				? disclosures.checked(draft.disclosure(), found, null) : null;
		Instant now = clock.instant();
		long article = revisions.insertArticle(channel, actor, now);
		long revision = revisions.insert(article, 1, clean, actor, now);
		if (elements != null) {
			disclosures.store(revision, elements);
		}
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.article-created", "article",
				Long.toString(article), actor + " 在栏目 " + found.name() + " 起草《" + clean.title() + "》"));
		return revisions.find(revision).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView save(long id, Draft draft, String actor) {
		RevisionView revision = guards.open(id, actor);
		Draft clean = DraftRules.checked(draft);
		ChannelView channel = channels.find(revision.channelId()).orElseThrow();
		if (channel.kind() == ChannelKind.DISCLOSURE) {
			disclosures.store(id, disclosures.checked(draft.disclosure(), channel, revision.articleId()));
		}
		revisions.update(id, clean, clock.instant());
		return revisions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView submit(long id, String actor) {
		RevisionView revision = guards.open(id, actor);
		if (channels.find(revision.channelId()).orElseThrow().kind() == ChannelKind.DISCLOSURE
				&& disclosures.fields(id).isEmpty()) {
			throw ContentRefused.disclosureMissing();
		}
		Instant now = clock.instant();
		if (!revisions.submit(id, now)) {
			throw ContentRefused.wrongState(revisions.find(id).orElseThrow().state());
		}
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-submitted", "article", Long.toString(revision.articleId()),
					actor + " 提交《" + revision.title() + "》第 " + revision.number() + " 稿送审")
			.withChange(revision.state().name(), RevisionState.SUBMITTED.name()));
		RevisionView sent = revisions.find(id).orElseThrow();
		reviews.submitted(sent, actor);
		return sent;
	}

	@Override
	@Transactional
	public RevisionView publish(long id, String actor) {
		RevisionView revision = guards.forReviewer(id, actor, "content.revision-published", RevisionState.SUBMITTED);
		if (!publication.putOnSite(revision, actor, actor, clock.instant(), actor + " 审核发布《" + revision.title() + "》第 "
				+ revision.number() + " 稿（撰稿 " + revision.drafter() + "）")) {
			throw decidedMeanwhile(id);
		}
		reviews.approved(revision, actor, false);
		return revisions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView schedule(long id, Instant at, String actor) {
		RevisionView revision = guards.forReviewer(id, actor, "content.revision-scheduled", RevisionState.SUBMITTED);
		Instant now = clock.instant();
		if (!at.isAfter(now)) {
			throw ContentRefused.notInFuture();
		}
		if (!revisions.schedule(id, actor, at, now)) {
			throw decidedMeanwhile(id);
		}
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-scheduled", "article", Long.toString(revision.articleId()),
					actor + " 审核通过《" + revision.title() + "》第 " + revision.number() + " 稿，定于 " + publication.local(at)
							+ " 发布（撰稿 " + revision.drafter() + "）")
			.withChange(RevisionState.SUBMITTED.name(), RevisionState.SCHEDULED.name()));
		reviews.approved(revision, actor, true);
		return revisions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView unschedule(long id, String actor) {
		RevisionView revision = guards.forReviewer(id, actor, "content.revision-unscheduled", RevisionState.SCHEDULED);
		if (!publication.backToReview(revision, clock.instant(), actor, actor + " 取消《" + revision.title() + "》第 "
				+ revision.number() + " 稿的定时发布（原定 " + publication.local(revision.publishAt()) + "），退回待审")) {
			throw decidedMeanwhile(id);
		}
		return revisions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public RevisionView returnToDrafter(long id, String comment, String actor) {
		if (comment.isBlank()) {
			throw ContentRefused.commentMissing();
		}
		RevisionView revision = guards.forReviewer(id, actor, "content.revision-returned", RevisionState.SUBMITTED);
		Instant now = clock.instant();
		String said = comment.strip();
		if (!revisions.returnToDrafter(id, actor, said, now)) {
			throw decidedMeanwhile(id);
		}
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-returned", "article", Long.toString(revision.articleId()),
					actor + " 退回《" + revision.title() + "》第 " + revision.number() + " 稿：" + said)
			.withChange(RevisionState.SUBMITTED.name(), RevisionState.RETURNED.name()));
		reviews.returned(revision, actor, said);
		events.publishEvent(new ArticleReturned(revision.articleId(), id, revision.title(), revision.drafter(),
				accounts.find(actor).map(AccountView::displayName).orElse(actor), said));
		return revisions.find(id).orElseThrow();
	}

	/** The refusal of a decision whose revision changed under it. */
	private ContentRefused decidedMeanwhile(long id) {
		return DeskGuards.decidedOrWrong(revisions.find(id).orElseThrow(), RevisionState.SUBMITTED);
	}

	@Override
	@Transactional
	public void expire(long article, @Nullable Instant at, String actor) {
		RevisionRecords.Found found = revisions.expirable(article)
			.orElseThrow(() -> new IllegalArgumentException("No article " + article));
		if (found.title() == null || ArticleRows.articleState(found.state()) == ArticleState.WITHDRAWN) {
			throw ContentRefused.wrongState(ArticleRows.articleState(found.state()));
		}
		ChannelView channel = channels.find(found.channel()).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			guards.denied(actor, "content.article-expiry", article);
			throw ContentRefused.notReviewable(channel.name());
		}
		Instant now = clock.instant();
		if (at != null && !at.isAfter(now)) {
			throw ContentRefused.notInFuture();
		}
		revisions.expire(article, at);
		events.publishEvent(AuditableEvent.succeeded(now, actor, "content.article-expiry", "article",
				Long.toString(article), at == null ? actor + " 取消《" + found.title() + "》的到期下线"
						: actor + " 设定《" + found.title() + "》于 " + publication.local(at) + " 到期下线"));
	}

	@Override
	@Transactional
	public RevisionView revise(long article, String actor) {
		List<RevisionView> history = revisions.history(article);
		RevisionView current = history.stream()
			.filter((r) -> r.state() == RevisionState.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> ContentRefused.wrongState(ArticleState.UNPUBLISHED));
		guards.mayDraft(channels.find(current.channelId()).orElseThrow(), actor, "content.article-revised");
		if (history.stream().anyMatch(RevisionView::open)) {
			throw ContentRefused.openRevision();
		}
		Instant now = clock.instant();
		long id = revisions.insert(
				article, current.number() + 1, new Draft(current.title(), current.subtitle(), current.source(),
						current.author(), current.body(), null, current.tags(), revisions.related(current.id())),
				actor, now);
		RevisionFiles.Copied copied = files.copy(current.id(), id, current.body(), current.coverLink(), actor);
		revisions.body(id, copied.body(), copied.cover());
		disclosures.copy(current.id(), id);
		events.publishEvent(
				AuditableEvent.succeeded(now, actor, "content.article-revised", "article", Long.toString(article),
						actor + " 修改已发布的《" + current.title() + "》（第 " + (current.number() + 1) + " 稿）"));
		return revisions.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public void withdraw(long article, String reason, String actor) {
		if (reason.isBlank()) {
			throw ContentRefused.commentMissing();
		}
		revisions.lockArticle(article);
		PublishedArticle found = published.published(article)
			.filter((a) -> !a.withdrawn())
			.orElseThrow(() -> ContentRefused.wrongState(ArticleState.UNPUBLISHED));
		ChannelView channel = channels.find(found.channelId()).orElseThrow();
		if (!channels.mayReview(actor, channel.id())) {
			guards.denied(actor, "content.article-withdrawn", article);
			throw ContentRefused.notReviewable(channel.name());
		}
		publication.takeOff(found, channel, actor, reason.strip(), clock.instant());
	}

	@Override
	@Transactional
	public void move(long article, UUID to, String actor) {
		RevisionRecords.Found found = revisions.titled(article)
			.orElseThrow(() -> new IllegalArgumentException("No article " + article));
		ChannelView from = channels.find(found.channel()).orElseThrow();
		ChannelView target = channels.find(to).orElseThrow(() -> new IllegalArgumentException("No channel " + to));
		if (from.id().equals(target.id())) {
			return;
		}
		for (ChannelView channel : List.of(from, target)) {
			if (!channels.mayReview(actor, channel.id())) {
				guards.denied(actor, "content.article-moved", article);
				throw ContentRefused.notReviewable(channel.name());
			}
		}
		if (!target.active() || !target.siteCode().equals(from.siteCode()) || target.kind() != from.kind()) {
			throw ContentRefused.notMovable(target.name());
		}
		Instant now = clock.instant();
		revisions.move(article, to);
		channels.bump(from.siteCode());
		events.publishEvent(
				AuditableEvent.succeeded(now, actor, "content.article-moved", "article", Long.toString(article),
						actor + " 把《" + found.title() + "》从“" + from.name() + "”移到“" + target.name() + "”"));
		if (published.published(article).filter((a) -> !a.withdrawn()).isPresent()) {
			// Search shows the channel: indexed again.
			events.publishEvent(new ArticlePublished(article, from.siteCode()));
		}
	}

	@Override
	public Optional<RevisionView> revision(long id) {
		return revisions.find(id);
	}

	@Override
	public List<RevisionView> history(long article) {
		return revisions.history(article);
	}

	@Override
	public List<ReviewReturn> returns(long article) {
		return revisions.returns(article);
	}

	@Override
	public List<org.zhengtong.casework.HistoryEntry> reviewProcess(long revision) {
		return reviews.history(revision);
	}

	@Override
	public List<RelatedLink> related(long revision) {
		return revisions.related(revision);
	}

	@Override
	public String sharePreview(long revision, String actor) {
		return previews.share(revisions.find(revision).orElseThrow(() -> new IllegalArgumentException("No revision")),
				actor);
	}

	@Override
	public Optional<RevisionView> previewed(String token) {
		return previews.revisionOf(token).flatMap(revisions::find);
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<DeskItem> desk(DeskList list, String actor, DeskFilter filter, @Nullable ListSort sort, int page,
			int size) {
		return desk.page(list, actor, filter, sort, page, size);
	}

	@Override
	public JobView importDrafts(UUID channel, InputStream workbook, String fileName, String actor, Locale locale)
			throws IOException {
		return imports.getObject().start(channel, workbook, fileName, actor, locale);
	}

	@Override
	public JobView importDocuments(UUID channel, List<Upload> uploads, String actor, Locale locale) throws IOException {
		return imports.getObject().startDocuments(channel, uploads, actor, locale);
	}

	@Override
	public byte[] importTemplate() throws IOException {
		return imports.getObject().template();
	}

}
