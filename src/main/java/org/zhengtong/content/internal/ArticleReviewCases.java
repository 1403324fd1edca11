package org.zhengtong.content.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.Transition;
import org.zhengtong.content.RevisionView;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;

/**
 * Article review on the case-work core: each revision sent to review is a case of
 * {@code content.article-review}; sending it opens a 抢办 step for the channel's reviewers
 * (not its writer) with a deadline of {@code zhengtong.content.review-days} working days
 * (2) when clocks are available; a reviewer's decision decides their task with the
 * comment as 意见 and moves the case on. The desk's own rules stay the authority on who may
 * decide: this runs in the same transaction after them, so a refusal here rolls the
 * decision back.
 */
@Component
class ArticleReviewCases {

	static final String APPROVE = "APPROVE";

	static final String RETURN = "RETURN";

	private final Casework casework;

	private final ReviewerRecords reviewers;

	private final AccountManagement accounts;

	private final ObjectProvider<Deadlines> deadlines;

	private final Clock clock;

	private final int reviewDays;

	ArticleReviewCases(Casework casework, ReviewerRecords reviewers, AccountManagement accounts,
			ObjectProvider<Deadlines> deadlines, Clock clock,
			@Value("${zhengtong.content.review-days:2}") int reviewDays) {
		this.casework = casework;
		this.reviewers = reviewers;
		this.accounts = accounts;
		this.deadlines = deadlines;
		this.clock = clock;
		this.reviewDays = reviewDays;
	}

	/**
	 * The revision's review case, if it was sent to review since review ran on the core.
	 */
	Optional<CaseView> caseOf(long revision) {
		return casework.find(ArticleReviewType.CODE, Long.toString(revision));
	}

	/** 办理过程 of the revision's review, oldest first (empty without a case). */
	List<HistoryEntry> history(long revision) {
		return caseOf(revision).map((found) -> casework.history(found.id())).orElse(List.of());
	}

	/** Sent (or resent) to review: a new 抢办 step for the channel's reviewers. */
	void submitted(RevisionView revision, String writer) {
		if (!active(writer)) {
			return;
		}
		CaseView found = caseOf(revision.id()).orElseGet(() -> casework.start(new StartCase(ArticleReviewType.CODE,
				Long.toString(revision.id()), "《" + revision.title() + "》第 " + revision.number() + " 稿审核",
				"/workbench/articles/revisions/" + revision.id(), null, writer, null)));
		if (found.state().equals(ReviewState.DRAFT.name()) || found.state().equals(ReviewState.RETURNED.name())) {
			casework.transition(toReview(found, revision, writer));
		}
	}

	/** Returned with the comment: the reviewer's task decided, the case RETURNED. */
	void returned(RevisionView revision, String reviewer, String comment) {
		inReview(revision).ifPresent((found) -> {
			decideTask(found, reviewer, RETURN, comment);
			casework.transition(Transition.to(found.id(), ReviewState.RETURNED, reviewer).because(RETURN, comment));
		});
	}

	/** Approved, and published now or scheduled. */
	void approved(RevisionView revision, String reviewer, boolean scheduled) {
		inReview(revision).ifPresent((found) -> {
			decideTask(found, reviewer, APPROVE, null);
			casework.transition(Transition.to(found.id(), ReviewState.APPROVED, reviewer).because(APPROVE, null));
			casework.transition(
					Transition.to(found.id(), scheduled ? ReviewState.SCHEDULED : ReviewState.PUBLISHED, reviewer));
		});
	}

	/** A scheduled revision went on the site, in its reviewer's name. */
	void publishedOnSchedule(RevisionView revision) {
		String reviewer = revision.reviewer();
		if (reviewer == null || !active(reviewer)) {
			return;
		}
		caseOf(revision.id()).filter((found) -> found.state().equals(ReviewState.SCHEDULED.name()))
			.ifPresent((found) -> casework.transition(Transition.to(found.id(), ReviewState.PUBLISHED, reviewer)));
	}

	/** A scheduled revision back to review: a new 抢办 step. */
	void unscheduled(RevisionView revision, String actor) {
		String who = active(actor) ? actor : revision.reviewer();
		if (who == null || !active(who)) {
			return;
		}
		caseOf(revision.id()).filter((found) -> found.state().equals(ReviewState.SCHEDULED.name()))
			.ifPresent((found) -> casework.transition(toReview(found, revision, who)));
	}

	private Optional<CaseView> inReview(RevisionView revision) {
		return caseOf(revision.id()).filter((found) -> found.state().equals(ReviewState.IN_REVIEW.name()));
	}

	/**
	 * Decides the reviewer's task of the open step (claiming it first, 抢办); a reviewer
	 * the step did not name (granted since) decides through the transition alone.
	 */
	private void decideTask(CaseView found, String reviewer, String decision, @Nullable String opinion) {
		for (TaskView task : casework.openTasks(found.id())) {
			if (casework.mayAct(task.id(), reviewer)) {
				TaskView mine = task.claimed() ? task : casework.claim(task.id(), reviewer);
				casework.decide(new Decide(mine.id(), decision, opinion, reviewer));
				return;
			}
		}
	}

	private Transition toReview(CaseView found, RevisionView revision, String actor) {
		Transition transition = Transition.to(found.id(), ReviewState.IN_REVIEW, actor);
		List<Assignee> candidates = reviewers.reviewersOf(revision.channelId())
			.stream()
			.filter((username) -> !username.equalsIgnoreCase(revision.drafter()))
			.map(accounts::find)
			.flatMap(Optional::stream)
			.filter(AccountView::active)
			.map((account) -> Assignee.account(account.id(), account.displayName()))
			.toList();
		if (candidates.isEmpty()) {
			return transition;
		}
		OpenStep step = OpenStep.first(candidates);
		if (deadlines.getIfAvailable() != null) {
			step = step.withClock(new StartClock("content", "《" + revision.title() + "》审核", Measure.WORKING_DAYS,
					reviewDays, clock.instant(), null));
		}
		return transition.opening(step);
	}

	private boolean active(String username) {
		return accounts.find(username).filter(AccountView::active).isPresent();
	}

}
