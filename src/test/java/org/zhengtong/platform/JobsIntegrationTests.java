package org.zhengtong.platform;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class JobsIntegrationTests {

	@Autowired
	JobManagement jobs;

	@Autowired
	MockMvcTester mvc;

	@Test
	void a_job_reports_its_progress_while_running_and_its_outcome_when_done() throws Exception {
		CountDownLatch halfway = new CountDownLatch(1);
		CountDownLatch carryOn = new CountDownLatch(1);
		JobView started = jobs.start("test.import", "导入 1000 行", "zhang", (progress) -> {
			progress.total(1000);
			for (int row = 1; row <= 1000; row++) {
				progress.advance(1);
				if (row == 500) {
					halfway.countDown();
					carryOn.await(10, TimeUnit.SECONDS);
				}
			}
			return "导入 1000 行，全部成功";
		});
		assertThat(started.status()).isIn(JobStatus.QUEUED, JobStatus.RUNNING);

		assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(jobs.find(started.id(), "zhang").orElseThrow().percent()).isEqualTo(50));
		carryOn.countDown();

		JobView done = finished(started);
		assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(done.done()).isEqualTo(1000);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.outcome()).isEqualTo("导入 1000 行，全部成功");
		assertThat(done.finishedAt()).isNotNull();
	}

	@Test
	void a_failing_job_shows_why_to_its_owner() {
		JobView started = jobs.start("test.export", "导出", "zhang", (progress) -> {
			throw new IllegalArgumentException("第 3 行的统一社会信用代码校验位错误");
		});

		JobView failed = finished(started);
		assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
		assertThat(failed.outcome()).isEqualTo("第 3 行的统一社会信用代码校验位错误");
	}

	@Test
	void the_owner_sees_the_progress_page_and_anyone_else_gets_404() {
		JobView job = jobs.start("test.quick", "重建索引", "zhang", (progress) -> "完成");
		finished(job);

		MvcTestResult page = mvc.get()
			.uri("/workbench/jobs/{id}", job.id())
			.with(user("zhang").roles("STAFF"))
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("<h1>重建索引</h1>", "<progress", "value=\"100\"", "已完成", "完成");

		assertThat(mvc.get()
			.uri("/workbench/jobs/{id}", job.id())
			.with(user("li").roles("STAFF"))
			.accept(MediaType.TEXT_HTML)
			.exchange()).hasStatus(404);
		assertThat(jobs.find(job.id(), "li")).isEmpty();
		assertThat(mvc.get().uri("/workbench/jobs/{id}", job.id()).exchange()).hasStatus3xxRedirection();
	}

	@Test
	void the_progress_page_polls_a_json_view_of_the_job() {
		JobView job = jobs.start("test.quick", "导出统计", "zhang", (progress) -> {
			progress.total(4);
			progress.advance(4);
			return "4 个单位";
		});
		finished(job);

		MvcTestResult json = mvc.get()
			.uri("/workbench/jobs/{id}", job.id())
			.with(user("zhang").roles("STAFF"))
			.accept(MediaType.APPLICATION_JSON)
			.exchange();

		assertThat(json).hasStatusOk().hasHeader("Cache-Control", "no-store");
		assertThat(json).bodyJson().extractingPath("$.status").isEqualTo("SUCCEEDED");
		assertThat(json).bodyJson().extractingPath("$.done").isEqualTo(4);
		assertThat(json).bodyJson().extractingPath("$.outcome").isEqualTo("4 个单位");
	}

	@Test
	void my_jobs_lists_only_my_jobs_newest_first() throws Exception {
		String owner = "list-" + UUID.randomUUID();
		jobs.start("test.quick", "第一个", owner, (progress) -> "1");
		jobs.start("test.quick", "第二个", owner, (progress) -> "2");
		jobs.start("test.quick", "别人的", "someone-else", (progress) -> "3");

		MvcTestResult page = mvc.get().uri("/workbench/jobs").with(user(owner).roles("STAFF")).exchange();

		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("<caption>最近启动的任务，最新的在前</caption>").doesNotContain("别人的");
		assertThat(html.indexOf("第二个")).isLessThan(html.indexOf("第一个"));
	}

	/** Waits until the job has finished and returns it as its owner sees it then. */
	private JobView finished(JobView job) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jobs.find(job.id(), job.owner()).orElseThrow().status().finished());
		return jobs.find(job.id(), job.owner()).orElseThrow();
	}

}
