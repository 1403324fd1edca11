package org.zhengtong.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;

/**
 * Publishes {@link DeadlineMissed} for running clocks past their due instant and
 * {@link DeadlineApproaching} for those past their warning instant, once per clock. One
 * instance sweeps at a time (ShedLock), and each clock is claimed by a conditional update
 * besides ({@link ClockRecords}), so a sweep outliving its lock, or two at once, still
 * publish each event once. Events are published in the transaction that marks the clocks:
 * the event publication registry keeps them with the mark, or neither. Missed clocks are
 * looked at first, so a clock found past both instants is reported missed only.
 */
@Component
class DeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

	static final int BATCH = 200;

	private final ClockRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DeadlineSweep(ClockRecords records, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.records = records;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${zhengtong.casework.sweep-interval:PT1M}",
			fixedDelayString = "${zhengtong.casework.sweep-interval:PT1M}")
	@SchedulerLock(name = "casework.deadline-sweep", lockAtMostFor = "PT10M")
	void sweep() {
		Swept swept = sweep(clock.instant());
		if (!swept.isEmpty()) {
			log.info("Deadline sweep: {} missed, {} approaching", swept.missed().size(), swept.approaching().size());
		}
	}

	/** What one sweep published. */
	record Swept(List<DeadlineMissed> missed, List<DeadlineApproaching> approaching) {

		boolean isEmpty() {
			return missed.isEmpty() && approaching.isEmpty();
		}

	}

	/** Sweeps as of {@code now}, a batch per transaction. */
	Swept sweep(Instant now) {
		List<DeadlineMissed> missed = new ArrayList<>();
		List<DeadlineApproaching> approaching = new ArrayList<>();
		List<DeadlineMissed> missedBatch;
		do {
			missedBatch = transactions.execute((status) -> {
				List<DeadlineMissed> claimed = records.claimMissed(now, BATCH);
				claimed.forEach(events::publishEvent);
				return claimed;
			});
			missed.addAll(missedBatch);
		}
		while (missedBatch.size() == BATCH);
		List<DeadlineApproaching> approachingBatch;
		do {
			approachingBatch = transactions.execute((status) -> {
				List<DeadlineApproaching> claimed = records.claimApproaching(now, BATCH);
				claimed.forEach(events::publishEvent);
				return claimed;
			});
			approaching.addAll(approachingBatch);
		}
		while (approachingBatch.size() == BATCH);
		return new Swept(missed, approaching);
	}

}
