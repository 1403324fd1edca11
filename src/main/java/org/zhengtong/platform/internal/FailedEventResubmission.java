package org.zhengtong.platform.internal;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives every event whose listener failed another try, once a minute. Spring Modulith
 * records each event for each listener in {@code event_publication}; a listener that
 * threw, or that was cut off by a crash (marked failed after
 * {@code spring.modulith.events.staleness.*}), is retried here until it succeeds, so no
 * cross-module effect is lost.
 */
@Component
class FailedEventResubmission {

	private static final Logger log = LoggerFactory.getLogger(FailedEventResubmission.class);

	private final FailedEventPublications failed;

	/**
	 * Leaves a just-failed publication alone for a moment, so a hot failure does not
	 * spin.
	 */
	private final Duration minAge;

	FailedEventResubmission(FailedEventPublications failed,
			@Value("${zhengtong.events.resubmission-min-age:PT30S}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(initialDelayString = "${zhengtong.events.resubmission-interval:PT1M}",
			fixedDelayString = "${zhengtong.events.resubmission-interval:PT1M}")
	@SchedulerLock(name = "platform.failed-event-resubmission", lockAtMostFor = "PT10M")
	void resubmit() {
		log.debug("Resubmitting failed event publications older than {}", minAge);
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
	}

}
