package org.zhengtong.platform.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class JobRunnerIntegrationTests {

	@Autowired
	JobRunner jobs;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_job_whose_instance_stopped_beating_is_marked_failed_and_a_live_one_is_not() {
		UUID orphan = running(Duration.ofHours(1));
		UUID alive = running(Duration.ofSeconds(10));

		jobs.failAbandonedJobs();

		JobView failed = jobs.find(orphan, "zhang").orElseThrow();
		assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
		assertThat(failed.outcome()).startsWith("Interrupted");
		assertThat(jobs.find(alive, "zhang").orElseThrow().status()).isEqualTo(JobStatus.RUNNING);
	}

	private UUID running(Duration silentFor) {
		UUID id = UUID.randomUUID();
		Instant lastHeard = Instant.now().minus(silentFor);
		jdbc.update(
				"INSERT INTO platform_job (id, kind, title, owner, status, created_at, heartbeat) "
						+ "VALUES (?, 'test.orphan', '孤儿任务', 'zhang', 'RUNNING', ?, ?)",
				id, Timestamp.from(lastHeard), Timestamp.from(lastHeard));
		return id;
	}

}
