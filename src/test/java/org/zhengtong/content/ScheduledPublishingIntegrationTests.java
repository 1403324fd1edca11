package org.zhengtong.content;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 定时发布 and 到期下线: a reviewer approves for a later time, the revision waits on the desk
 * (not public, no second revision), and the platform publishes it at that time in the
 * reviewer's name; an expiry takes a published article off the site (410) by itself.
 * Times in the past, the writer and a stranger are refused, and each step is audited. The
 * test clock stands still and the job is run on demand: a run before the time changes
 * nothing, a run after it does.
 */
@IntegrationTest
class ScheduledPublishingIntegrationTests {

	static final String JOB = "content.scheduled-publishing";

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	org.zhengtong.content.PublishedArticles site;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		newsroom = Newsroom.open(units, platformAccounts, "定时", "Schedule Bureau", "sched", null);
		channel = newsroom.channel(channels, "zh", "sched-" + newsroom.tag(), "公告" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void a_scheduled_revision_waits_and_is_published_at_its_time_in_the_reviewers_name() {
		RevisionView submitted = submitted("元旦假期办事安排");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/schedule", submitted.id())
			.param("at", local(clock.instant().minusSeconds(60)))
			.with(as(newsroom.reviewer()))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.notInFuture");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/schedule", submitted.id())
			.param("at", "明天上午")
			.with(as(newsroom.reviewer()))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.badTime");
		assertThat(articles.revision(submitted.id()).orElseThrow().state()).as("nothing changed")
			.isEqualTo(RevisionState.SUBMITTED);
		assertThatThrownBy(() -> articles.schedule(submitted.id(), clock.instant().plusSeconds(60), newsroom.writer()))
			.as("the writer does not approve their own")
			.isInstanceOf(ContentRefused.class);

		// Held for an hour, then taken back and scheduled again for ten minutes from now.
		articles.schedule(submitted.id(), clock.instant().plusSeconds(3600), newsroom.reviewer());
		assertThat(mvc.get().uri("/workbench/articles").with(as(newsroom.writer())).exchange()).bodyText()
			.contains("定时发布（1 篇）", "元旦假期办事安排");
		assertThatThrownBy(() -> articles.revise(submitted.articleId(), newsroom.writer()))
			.as("one open revision at a time")
			.isInstanceOf(ContentRefused.class);
		assertThat(articles.unschedule(submitted.id(), newsroom.reviewer()).state()).isEqualTo(RevisionState.SUBMITTED);
		Instant at = clock.instant().plus(Duration.ofMinutes(10));
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/schedule", submitted.id())
			.param("at", local(at))
			.with(as(newsroom.reviewer()))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.scheduled");
		assertThat(mvc.get().uri("/articles/{id}", submitted.articleId()).exchange()).as("not public yet")
			.hasStatus(404);

		clock.set(at.minusSeconds(2));
		jobs.run(JOB);
		assertThat(mvc.get().uri("/articles/{id}", submitted.articleId()).exchange())
			.as("two seconds before its time: still not public")
			.hasStatus(404);
		assertThat(articles.revision(submitted.id()).orElseThrow().state()).isEqualTo(RevisionState.SCHEDULED);

		clock.set(at);
		jobs.run(JOB);
		assertThat(mvc.get().uri("/articles/{id}", submitted.articleId()).exchange()).as("at its time").hasStatusOk();
		RevisionView published = articles.revision(submitted.id()).orElseThrow();
		assertThat(published.state()).isEqualTo(RevisionState.PUBLISHED);
		assertThat(published.reviewer()).isEqualTo(newsroom.reviewer());
		assertThat(published.publishAt()).isNull();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, null, null, Long.toString(submitted.articleId())), 0, 20))
				.extracting(AuditEntry::action)
				.contains("content.revision-scheduled", "content.revision-unscheduled", "content.revision-published"));
	}

	@Test
	void an_expiry_takes_the_article_off_the_site_by_itself() {
		RevisionView submitted = submitted("2026年公开招聘公告");
		articles.publish(submitted.id(), newsroom.reviewer());
		long article = submitted.articleId();
		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).hasStatusOk();

		assertThat(mvc.post()
			.uri("/workbench/articles/{id}/expiry", article)
			.param("at", local(clock.instant().plusSeconds(2)))
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.notReviewable");
		assertThatThrownBy(() -> articles.expire(article, clock.instant().minusSeconds(1), newsroom.reviewer()))
			.isInstanceOf(ContentRefused.class)
			.hasMessageContaining("later than now");
		Instant at = clock.instant().plus(Duration.ofDays(30));
		assertThat(mvc.post()
			.uri("/workbench/articles/{id}/expiry", article)
			.param("at", local(at))
			.with(as(newsroom.reviewer()))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.expiry.set");
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}", submitted.id())
			.with(as(newsroom.reviewer()))
			.exchange()).bodyText().contains("自动下线");

		clock.set(at.minusSeconds(2));
		jobs.run(JOB);
		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).as("until its expiry").hasStatusOk();

		clock.set(at);
		jobs.run(JOB);
		assertThat(mvc.get().uri("/articles/{id}", article).exchange()).as("at its expiry").hasStatus(410);
		assertThat(site.published(article).orElseThrow().expiresAt()).isNull();
	}

	@Test
	void withdrawing_an_article_sends_its_scheduled_revision_back_to_review() {
		RevisionView first = submitted("供水管网改造公告");
		articles.publish(first.id(), newsroom.reviewer());
		RevisionView second = articles.submit(articles.revise(first.articleId(), newsroom.writer()).id(),
				newsroom.writer());
		Instant at = clock.instant().plusSeconds(2);
		articles.schedule(second.id(), at, newsroom.reviewer());

		articles.withdraw(first.articleId(), "工程推迟", newsroom.reviewer());
		RevisionView waiting = articles.revision(second.id()).orElseThrow();
		assertThat(waiting.state()).isEqualTo(RevisionState.SUBMITTED);
		assertThat(waiting.publishAt()).isNull();
		assertThat(waiting.reviewer()).isNull();
		clock.set(at.plusSeconds(60));
		jobs.run(JOB);
		assertThat(mvc.get().uri("/articles/{id}", first.articleId()).exchange())
			.as("its time has passed: still off the site")
			.hasStatus(410);
		assertThat(articles.revision(second.id()).orElseThrow().state()).isEqualTo(RevisionState.SUBMITTED);
		assertThat(audit.search(new AuditQuery(null, null, null, null, null, Long.toString(first.articleId())), 0, 20))
			.extracting(AuditEntry::summary)
			.anyMatch((detail) -> detail.contains("已撤下") && detail.contains("定时发布") && detail.contains("退回待审"));
	}

	@Test
	void a_scheduled_revision_that_cannot_be_published_goes_back_to_review_without_holding_up_the_others() {
		String first17 = "11619800MB" + String.format("%07d", (int) (Math.random() * 9_000_000));
		Newsroom office = Newsroom.open(units, platformAccounts, "公开定时", "Scheduled Disclosure Bureau", "sd",
				first17 + CreditCode.checkCharacter(first17));
		ChannelView catalogue = office.channel(channels, "zh", "sd-" + office.tag(), "文件" + office.tag(),
				ChannelKind.DISCLOSURE, false);
		RevisionView policy = articles.create(catalogue.id(),
				new Articles.Draft("秦川市停车管理办法" + office.tag(), null, null, null, "<p>第一条</p>", new DisclosureFields(
						office.unit(), DisclosureTopic.SCIENCE_EDUCATION, DisclosureKind.DOCUMENT, null, null, null)),
				office.writer());
		articles.submit(policy.id(), office.writer());
		RevisionView notice = submitted("停车收费调整说明");
		articles.schedule(policy.id(), clock.instant().plusSeconds(1), office.reviewer());
		articles.schedule(notice.id(), clock.instant().plusSeconds(2), newsroom.reviewer());
		// The issuing body no longer has a 统一社会信用代码 (the 索引号 is made from it) by then.
		jdbc.sql("UPDATE content_disclosure_revision SET unit_id = ? WHERE revision_id = ?")
			.params(newsroom.unit(), policy.id())
			.update();

		clock.advance(Duration.ofSeconds(2));
		jobs.run(JOB);
		assertThat(articles.revision(notice.id()).orElseThrow().state()).as("the next one is not held up")
			.isEqualTo(RevisionState.PUBLISHED);
		RevisionView failed = articles.revision(policy.id()).orElseThrow();
		assertThat(failed.state()).as("back with the reviewers").isEqualTo(RevisionState.SUBMITTED);
		assertThat(mvc.get().uri("/articles/{id}", policy.articleId()).exchange()).hasStatus(404);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, null, null, Long.toString(policy.articleId())), 0, 20))
				.extracting(AuditEntry::summary)
				.anyMatch((detail) -> detail.contains("定时发布失败")));
	}

	private RevisionView submitted(String title) {
		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft(title + newsroom.tag(), null, null, null, "<p>正文</p>"), newsroom.writer());
		return articles.submit(draft.id(), newsroom.writer());
	}

	/** As a {@code datetime-local} field sends it, in the platform's zone. */
	private String local(Instant instant) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(instant.atZone(clock.getZone()));
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
