package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 行政许可法 art. 32: an application nobody accepted, refused or sent a 补正 notice for within 5
 * working days of receipt (of the corrected materials, after a notice) counts as accepted
 * from the day of receipt. Checked every hour; each case in a transaction of its own,
 * done by the system and audited.
 */
@Component
class DeemedAcceptance {

	private static final Logger log = LoggerFactory.getLogger(DeemedAcceptance.class);

	private final AcceptanceRecords records;

	private final AcceptanceDesk desk;

	private final Clock clock;

	DeemedAcceptance(AcceptanceRecords records, AcceptanceDesk desk, Clock clock) {
		this.records = records;
		this.desk = desk;
		this.clock = clock;
	}

	@Scheduled(cron = "${zhengtong.permit.deemed-acceptance-cron:0 5 * * * *}")
	@SchedulerLock(name = "permit.deemed-acceptance", lockAtMostFor = "PT30M")
	public void run() {
		LocalDate today = LocalDate.now(clock);
		int accepted = 0;
		for (AcceptanceRecords.Waiting waiting : records.waiting()) {
			if (!today.isAfter(desk.deemedDay(waiting.receivedAt()))) {
				continue;
			}
			try {
				if (desk.acceptIfDeemed(waiting.caseId())) {
					accepted++;
				}
			}
			catch (RuntimeException failed) {
				// one case's trouble must not keep the others waiting: the next run
				// retries it
				log.warn("Could not accept permit case {} by law (art. 32): {}", waiting.caseId(), failed.toString());
			}
		}
		if (accepted > 0) {
			log.info("{} permit applications accepted by law (art. 32)", accepted);
		}
	}

}
