package org.zhengtong.content.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.content.ArticlePublished;
import org.zhengtong.content.ArticleWithdrawn;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.PublishedArticle;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;

/**
 * Putting revisions on the site and taking articles off it — by a reviewer, or by the
 * scheduler at the time a reviewer set (定时发布, 到期下线) — with the site's version bumped, the
 * audit entry and the events search and the page cache hear.
 */
@Component
class Publication {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final RevisionRecords revisions;

	private final PublishedArticleQueries published;

	private final ChannelService channels;

	private final DisclosureService disclosures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ArticleReviewCases reviews;

	Publication(RevisionRecords revisions, PublishedArticleQueries published, ChannelService channels,
			DisclosureService disclosures, ApplicationEventPublisher events, Clock clock, ArticleReviewCases reviews) {
		this.reviews = reviews;
		this.revisions = revisions;
		this.published = published;
		this.channels = channels;
		this.disclosures = disclosures;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The revision becomes the article's public text, approved by {@code reviewer}.
	 * @return false when it was no longer submitted or scheduled (decided meanwhile)
	 */
	boolean putOnSite(RevisionView revision, String reviewer, String actor, Instant now, String detail) {
		if (!revisions.publish(revision, reviewer, now)) {
			return false;
		}
		disclosures.published(revision.articleId(), revision.id(), now);
		String site = siteOf(revision);
		channels.bump(site);
		events.publishEvent(AuditableEvent
			.succeeded(now, actor, "content.revision-published", "article", Long.toString(revision.articleId()), detail)
			.withChange(revision.state().name(), RevisionState.PUBLISHED.name()));
		events.publishEvent(new ArticlePublished(revision.articleId(), site));
		return true;
	}

	/** A scheduled revision goes back to the reviewers, without the decision. */
	boolean backToReview(RevisionView revision, Instant now, String actor, String detail) {
		if (!revisions.unschedule(revision.id(), now)) {
			return false;
		}
		events.publishEvent(
				AuditableEvent
					.succeeded(now, actor, "content.revision-unscheduled", "article",
							Long.toString(revision.articleId()), detail)
					.withChange(RevisionState.SCHEDULED.name(), RevisionState.SUBMITTED.name()));
		reviews.unscheduled(revision, actor);
		return true;
	}

	/**
	 * Takes a published article off the site; a revision scheduled for it waits again.
	 */
	void takeOff(PublishedArticle found, ChannelView channel, String actor, String reason, Instant now) {
		revisions.withdraw(found.id(), actor, reason, now);
		// A revision approved for later would put the article back: it waits for a new
		// decision.
		for (RevisionView waiting : revisions.scheduledOf(found.id())) {
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

	/**
	 * The scheduled revisions whose time has come, oldest first (at most {@code limit});
	 * read without locks: {@link #publishDue(long)} claims each one.
	 */
	List<Long> due(int limit) {
		return revisions.due(clock.instant(), limit);
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
		Optional<RevisionView> due = revisions.claimDue(id, now);
		due.ifPresent((revision) -> {
			String reviewer = String.valueOf(revision.reviewer());
			putOnSite(revision, reviewer, AccountManagement.SYSTEM, now, "定时发布《" + revision.title() + "》第 "
					+ revision.number() + " 稿（" + reviewer + " 审核通过，撰稿 " + revision.drafter() + "）");
			reviews.publishedOnSchedule(revision);
		});
		return due.isPresent();
	}

	/**
	 * A scheduled revision that could not be published goes back to the reviewers, the
	 * reason in the audit log, so that the next ones are not held up behind it.
	 */
	@Transactional
	void scheduleFailed(long id, String reason) {
		revisions.find(id)
			.filter((r) -> r.state() == RevisionState.SCHEDULED)
			.ifPresent((revision) -> backToReview(revision, clock.instant(), AccountManagement.SYSTEM,
					"《" + revision.title() + "》第 " + revision.number() + " 稿定时发布失败（" + reason + "），退回待审"));
	}

	/**
	 * Takes one published article whose expiry has come off the site, claiming it with
	 * {@code SKIP LOCKED} so that two instances never take the same one.
	 * @return whether there was one
	 */
	@Transactional
	boolean withdrawExpired() {
		Instant now = clock.instant();
		Optional<PublishedArticle> expired = revisions.claimExpired(now).flatMap(published::published);
		expired.ifPresent((found) -> takeOff(found, channels.find(found.channelId()).orElseThrow(),
				AccountManagement.SYSTEM, "到期自动下线", now));
		return expired.isPresent();
	}

	String siteOf(RevisionView revision) {
		return channels.find(revision.channelId()).orElseThrow().siteCode();
	}

	/** A time as people read it, in the platform's zone. */
	String local(@Nullable Instant at) {
		return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
	}

}
