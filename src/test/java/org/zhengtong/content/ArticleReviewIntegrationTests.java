package org.zhengtong.content;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Review decisions as two reviewers of one channel meet them: one decision per submitted
 * revision, the other reviewer told who decided; a return tells the writer (the
 * {@link ArticleReturned} event) and every return stays in the review history with its
 * comment, also after the revision was resent and decided again.
 */
@IntegrationTest
@RecordApplicationEvents
class ArticleReviewIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	PublishedArticles site;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationEvents events;

	@Autowired
	java.time.Clock clock;

	@Autowired
	org.zhengtong.casework.Casework casework;

	@Autowired
	org.zhengtong.identity.AccountManagement accounts;

	Newsroom newsroom;

	String second;

	ChannelView channel;

	@BeforeEach
	void aChannelWithAWriterAndTwoReviewers() {
		newsroom = Newsroom.open(units, platformAccounts, "审稿", "Review Test Bureau", "rv", null);
		channel = newsroom.channel(channels, "zh", "review-" + newsroom.tag(), "审稿" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
		second = "rvsecond" + newsroom.tag();
		newsroom.editor(platformAccounts, second);
		channels.grant(channel.id(), second, "REVIEW", "system");
	}

	private RevisionView submitted(String title) {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft(title, null, null, null, "正文"),
				newsroom.writer());
		return articles.submit(draft.id(), newsroom.writer());
	}

	@Test
	void two_reviewers_deciding_one_revision_at_once_one_decides_and_the_other_is_told_who() throws Exception {
		for (int round = 0; round < 5; round++) {
			RevisionView revision = submitted("同时审核" + round);
			CyclicBarrier together = new CyclicBarrier(2);
			List<Callable<String>> decisions = List.of(() -> {
				together.await(10, TimeUnit.SECONDS);
				articles.publish(revision.id(), newsroom.reviewer());
				return newsroom.reviewer();
			}, () -> {
				together.await(10, TimeUnit.SECONDS);
				articles.returnToDrafter(revision.id(), "请补充依据。", second);
				return second;
			});
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<String> decided = new ArrayList<>();
			List<ContentRefused> refused = new ArrayList<>();
			try {
				for (Future<String> outcome : pool.invokeAll(decisions)) {
					try {
						decided.add(outcome.get());
					}
					catch (java.util.concurrent.ExecutionException ex) {
						refused.add((ContentRefused) ex.getCause());
					}
				}
			}
			finally {
				pool.shutdown();
			}
			assertThat(decided).as("exactly one decision is taken").hasSize(1);
			assertThat(refused).singleElement().satisfies((refusal) -> {
				assertThat(refusal.messageKey()).isEqualTo("content.refused.alreadyDecided");
				assertThat(refusal.arguments()).containsExactly(decided.get(0));
			});
			RevisionView after = articles.revision(revision.id()).orElseThrow();
			assertThat(after.reviewer()).isEqualTo(decided.get(0));
			if (decided.get(0).equals(second)) {
				assertThat(after.state()).isEqualTo(RevisionState.RETURNED);
				assertThat(site.published(revision.articleId())).isEmpty();
				assertThat(articles.returns(revision.articleId())).hasSize(1);
			}
			else {
				assertThat(after.state()).isEqualTo(RevisionState.PUBLISHED);
				assertThat(site.published(revision.articleId())).get()
					.extracting(PublishedArticle::state)
					.isEqualTo(ArticleState.PUBLISHED);
				assertThat(articles.returns(revision.articleId())).as("the refused return left nothing").isEmpty();
			}
		}
	}

	@Test
	void a_reviewer_acting_on_a_page_opened_before_another_decided_is_told_who_decided() {
		RevisionView revision = submitted("先开页面");
		assertThat(mvc.get().uri("/workbench/articles/revisions/{id}", revision.id()).with(as(second)).exchange())
			.bodyText()
			.contains("待审核");
		articles.publish(revision.id(), newsroom.reviewer());

		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/return", revision.id())
			.param("comment", "标题太长。")
			.with(as(second))
			.with(csrf())
			.exchange()).flash()
			.containsEntry("error", "content.refused.alreadyDecided")
			.containsEntry("errorArguments", new Object[] { newsroom.reviewer() });
		assertThat(articles.revision(revision.id()).orElseThrow().state()).isEqualTo(RevisionState.PUBLISHED);
		assertThat(events.stream(ArticleReturned.class)).as("nobody is told of a return that did not happen").isEmpty();
	}

	@Test
	void a_return_tells_the_writer_with_the_comment() {
		RevisionView revision = submitted("退回通知");
		articles.returnToDrafter(revision.id(), "  请写明实施日期。 ", newsroom.reviewer());

		assertThat(events.stream(ArticleReturned.class)).singleElement().satisfies((returned) -> {
			assertThat(returned.articleId()).isEqualTo(revision.articleId());
			assertThat(returned.revisionId()).isEqualTo(revision.id());
			assertThat(returned.title()).isEqualTo("退回通知");
			assertThat(returned.drafter()).isEqualTo(newsroom.writer());
			assertThat(returned.reviewer()).as("the name people know").isEqualTo("编辑" + newsroom.reviewer());
			assertThat(returned.comment()).isEqualTo("请写明实施日期。");
		});
		assertThatThrownBy(() -> articles.returnToDrafter(revision.id(), "再退一次", newsroom.reviewer()))
			.isInstanceOf(ContentRefused.class);
		assertThat(events.stream(ArticleReturned.class)).as("a refused return tells nobody").hasSize(1);
	}

	@Test
	void every_return_stays_in_the_review_history_with_its_comment() {
		RevisionView revision = submitted("两次退回");
		articles.returnToDrafter(revision.id(), "第一次：请补充政策依据。", newsroom.reviewer());
		articles.submit(revision.id(), newsroom.writer());
		articles.returnToDrafter(revision.id(), "第二次：附件缺少盖章页。", second);
		articles.submit(revision.id(), newsroom.writer());
		articles.publish(revision.id(), newsroom.reviewer());

		assertThat(articles.revision(revision.id()).orElseThrow().comment()).as("the revision keeps no comment")
			.isNull();
		assertThat(articles.returns(revision.articleId())).extracting(ReviewReturn::reviewer, ReviewReturn::comment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(newsroom.reviewer(), "第一次：请补充政策依据。"),
					org.assertj.core.groups.Tuple.tuple(second, "第二次：附件缺少盖章页。"));
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}", revision.id())
			.with(as(newsroom.writer()))
			.exchange()).hasStatusOk().bodyText().contains("退回记录", "第一次：请补充政策依据。", "第二次：附件缺少盖章页。");
	}

	@Test
	void review_runs_on_the_case_work_core_first_come_reviewers_decide_with_their_opinion() {
		RevisionView revision = submitted("在办件核心上审核");
		org.zhengtong.casework.CaseView review = casework.find("content.article-review", Long.toString(revision.id()))
			.orElseThrow();
		assertThat(review.state()).isEqualTo("IN_REVIEW");
		assertThat(review.link()).isEqualTo("/workbench/articles/revisions/" + revision.id());
		assertThat(casework.openTasks(review.id())).as("a 抢办 task for each reviewer of the channel, not the writer")
			.allSatisfy((task) -> assertThat(task.kind()).isEqualTo(org.zhengtong.casework.StepKind.FIRST))
			.extracting((task) -> task.assignee().key())
			.containsExactlyInAnyOrder(accountKey(newsroom.reviewer()), accountKey(second));

		articles.returnToDrafter(revision.id(), "请核对数据来源。", second);
		assertThat(casework.find(review.id()).orElseThrow().state()).isEqualTo("RETURNED");
		assertThat(casework.openTasks(review.id())).isEmpty();
		assertThat(casework.history(review.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("DECIDED");
			assertThat(entry.decision()).isEqualTo("RETURN");
			assertThat(entry.opinion()).isEqualTo("请核对数据来源。");
			assertThat(entry.actorName()).isEqualTo("编辑" + second);
		});

		articles.submit(revision.id(), newsroom.writer());
		assertThat(casework.find(review.id()).orElseThrow().state()).isEqualTo("IN_REVIEW");
		assertThat(casework.openTasks(review.id())).as("resent: a new review step").hasSize(2);

		articles.publish(revision.id(), newsroom.reviewer());
		org.zhengtong.casework.CaseView done = casework.find(review.id()).orElseThrow();
		assertThat(done.state()).isEqualTo("PUBLISHED");
		assertThat(done.closed()).isTrue();
		assertThat(casework.openTasks(review.id())).isEmpty();
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}", revision.id())
			.with(as(newsroom.writer()))
			.exchange()).hasStatusOk().bodyText().contains("办理过程", "请核对数据来源。", "编辑" + newsroom.reviewer(), "审核通过");
	}

	@Test
	void a_scheduled_revision_taken_back_is_in_review_again_with_a_new_step() {
		RevisionView revision = submitted("定时稿件");
		articles.schedule(revision.id(), clock.instant().plusSeconds(3600), second);
		org.zhengtong.casework.CaseView review = casework.find("content.article-review", Long.toString(revision.id()))
			.orElseThrow();
		assertThat(review.state()).isEqualTo("SCHEDULED");
		assertThat(casework.openTasks(review.id())).isEmpty();

		articles.unschedule(revision.id(), newsroom.reviewer());
		assertThat(casework.find(review.id()).orElseThrow().state()).isEqualTo("IN_REVIEW");
		assertThat(casework.openTasks(review.id())).hasSize(2);
	}

	private String accountKey(String username) {
		return "account:" + accounts.find(username).orElseThrow().id();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
