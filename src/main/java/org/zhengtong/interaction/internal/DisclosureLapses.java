package org.zhengtong.interaction.internal;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 政府信息公开条例 art. 30: a request whose applicant did not correct it within the period of the
 * 补正 notice is treated as withdrawn (视为放弃申请). Checked every hour; each request in a
 * transaction of its own.
 */
@Component
class DisclosureLapses {

	private static final Logger log = LoggerFactory.getLogger(DisclosureLapses.class);

	private final DisclosureRecords records;

	private final DisclosureRequestService service;

	DisclosureLapses(DisclosureRecords records, DisclosureRequestService service) {
		this.records = records;
		this.service = service;
	}

	@Scheduled(cron = "${zhengtong.interaction.disclosure.lapse-cron:0 7 * * * *}")
	@SchedulerLock(name = "interaction.disclosure-lapses", lockAtMostFor = "PT10M")
	public void run() {
		int lapsed = 0;
		for (UUID id : records.awaitingCorrection()) {
			if (service.lapseIfOverdue(id)) {
				lapsed++;
			}
		}
		if (lapsed > 0) {
			log.info("{} disclosure requests lapsed without correction", lapsed);
		}
	}

}
