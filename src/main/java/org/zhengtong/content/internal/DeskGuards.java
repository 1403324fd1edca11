package org.zhengtong.content.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.content.ChannelView;
import org.zhengtong.content.ContentRefused;
import org.zhengtong.content.RevisionState;
import org.zhengtong.content.RevisionView;

/**
 * Who may do what on the desk: the drafter changes their open revision, a reviewer of the
 * channel (not its drafter) decides it. A refusal is audited as DENIED in a transaction
 * of its own, and rolls back whatever the step did.
 */
@Component
class DeskGuards {

	private final RevisionRecords revisions;

	private final ChannelService channels;

	private final AuditManagement audit;

	private final Clock clock;

	DeskGuards(RevisionRecords revisions, ChannelService channels, AuditManagement audit, Clock clock) {
		this.revisions = revisions;
		this.channels = channels;
		this.audit = audit;
		this.clock = clock;
	}

	void mayDraft(ChannelView channel, String actor, String action) {
		if (channels.levelOf(actor, channel.id()).isEmpty()) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, action, "channel", channel.id().toString(),
								actor + " 无权在栏目 " + channel.name() + " 撰稿")
						.withOutcome(Outcome.DENIED));
			throw ContentRefused.notDraftable(channel.name());
		}
	}

	/** The revision, locked, which only its drafter changes. */
	RevisionView forDrafter(long id, String actor) {
		RevisionView revision = revisions.locked(id);
		if (!revision.drafter().equalsIgnoreCase(actor)) {
			// Someone else of the channel: refused with a message, and audited.
			denied(actor, "content.revision-changed", revision.articleId());
			throw ContentRefused.notYourDraft(revision.drafter());
		}
		return revision;
	}

	/** The actor's own revision, while it may change (a draft, or returned). */
	RevisionView open(long id, String actor) {
		RevisionView revision = forDrafter(id, actor);
		if (!revision.state().editable()) {
			throw ContentRefused.wrongState(revision.state());
		}
		return revision;
	}

	/**
	 * The revision, locked, in the state a reviewer's step changes from, if the actor may
	 * review it: REVIEW in its channel, not their own. Decided meanwhile by someone else,
	 * it is refused naming who.
	 */
	RevisionView forReviewer(long id, String actor, String action, RevisionState state) {
		RevisionView revision = revisions.locked(id);
		if (revision.state() != state) {
			throw decidedOrWrong(revision, state);
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
	 * The refusal of a step on a revision no longer in the state expected: when a
	 * reviewer decided a submitted revision first, the message names them.
	 */
	static ContentRefused decidedOrWrong(RevisionView now, RevisionState expected) {
		boolean decided = expected == RevisionState.SUBMITTED && now.reviewer() != null
				&& (now.state() == RevisionState.RETURNED || now.state() == RevisionState.SCHEDULED
						|| now.state() == RevisionState.PUBLISHED || now.state() == RevisionState.SUPERSEDED);
		return decided ? ContentRefused.alreadyDecided(now.reviewer()) : ContentRefused.wrongState(now.state());
	}

	/**
	 * Records a refused step on an article in a transaction of its own: the refusal that
	 * follows rolls back everything the step did, and the entry stays.
	 */
	void denied(String actor, String action, long article) {
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

}
