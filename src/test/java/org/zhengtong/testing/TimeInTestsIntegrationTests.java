package org.zhengtong.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The tools for time in tests: the application reads the test clock, which goes back to
 * the real time after each test; a scheduled job runs on demand through its ShedLock lock
 * and not while another run holds it.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeInTestsIntegrationTests {

	@Autowired
	TestClock clock;

	@Autowired
	Clock applicationClock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	LockProvider locks;

	@Test
	@Order(1)
	void the_application_reads_the_time_the_test_set() {
		assertThat(applicationClock).isSameAs(clock);

		clock.set(LocalDateTime.of(2026, 10, 1, 8, 0));

		assertThat(applicationClock.instant()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
		assertThat(applicationClock.getZone().getId()).isEqualTo("Asia/Shanghai");
		clock.advance(Duration.ofDays(1));
		assertThat(applicationClock.instant()).isEqualTo(Instant.parse("2026-10-02T00:00:00Z"));
	}

	@Test
	@Order(2)
	void the_next_test_has_the_real_time_again() {
		assertThat(clock.isSet()).isFalse();
		assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void a_job_runs_on_demand_and_not_while_another_run_holds_its_lock() {
		Optional<SimpleLock> held = locks
			.lock(new LockConfiguration(Instant.now(), "pki.crl-refresh", Duration.ofMinutes(1), Duration.ZERO));
		assertThat(held).as("the scheduler is not running it now").isPresent();
		try {
			assertThat(jobs.runIfFree("pki.crl-refresh")).as("another instance runs it").isFalse();
		}
		finally {
			held.get().unlock();
		}

		assertThat(jobs.runIfFree("pki.crl-refresh")).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> jobs.run("no.such-job"));
	}

}
