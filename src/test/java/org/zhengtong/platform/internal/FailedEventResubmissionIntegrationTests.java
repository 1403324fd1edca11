package org.zhengtong.platform.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A cross-module effect whose listener fails is not lost: the publication stays in the
 * registry as failed, and the scheduled resubmission delivers it again until the listener
 * succeeds.
 */
@SpringBootTest(
		properties = { "zhengtong.events.resubmission-interval=PT1H", "zhengtong.events.resubmission-min-age=PT0S" })
@ActiveProfiles("test")
class FailedEventResubmissionIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FailedEventResubmission job;

	@Autowired
	FlakyListener listener;

	@Test
	void a_failed_listener_gets_the_event_again_from_the_resubmission_job() {
		transaction.executeWithoutResult((status) -> events.publishEvent(new LetterArrived("秦川-0001")));

		await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status()));
		assertThat(listener.handled()).isEmpty();

		job.resubmit();

		await().atMost(Duration.ofSeconds(10)).until(() -> listener.handled().contains("秦川-0001"));
		await().atMost(Duration.ofSeconds(10)).until(() -> "COMPLETED".equals(status()));
		assertThat(listener.attempts()).isEqualTo(2);
	}

	private String status() {
		List<String> statuses = jdbc
			.queryForList("SELECT status FROM event_publication WHERE serialized_event LIKE '%秦川-0001%'", String.class);
		return statuses.isEmpty() ? null : statuses.get(0);
	}

	record LetterArrived(String number) {
	}

	/**
	 * Read through methods: the bean is a proxy (asynchronous listener), its fields are
	 * not the real ones.
	 */
	static class FlakyListener {

		private final AtomicInteger attempts = new AtomicInteger();

		private final List<String> handled = new CopyOnWriteArrayList<>();

		int attempts() {
			return attempts.get();
		}

		List<String> handled() {
			return handled;
		}

		@ApplicationModuleListener
		void on(LetterArrived event) {
			if (attempts.incrementAndGet() == 1) {
				throw new IllegalStateException("the first delivery fails, as when a mail server is down");
			}
			handled.add(event.number());
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listeners {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}
