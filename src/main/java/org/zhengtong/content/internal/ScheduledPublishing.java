package org.zhengtong.content.internal;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 定时发布 and 到期下线: every {@code zhengtong.content.schedule-interval} (30 seconds),
 * publishes the scheduled revisions whose time has come and takes expired articles off
 * the site, one at a time. One instance runs it at a time (ShedLock, as every scheduled
 * job); each item is claimed with {@code SKIP LOCKED} besides, so that a run outliving
 * its lock never does one twice.
 */
@Component
class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	static final int BATCH = 100;

	private final Publication articles;

	ScheduledPublishing(Publication articles) {
		this.articles = articles;
	}

	@SchedulerLock(name = "content.scheduled-publishing", lockAtMostFor = "PT10M")
	@Scheduled(initialDelayString = "${zhengtong.content.schedule-interval:PT30S}",
			fixedDelayString = "${zhengtong.content.schedule-interval:PT30S}")
	void run() {
		int published = publishDue();
		int withdrawn = withdrawExpired();
		if (published + withdrawn > 0) {
			log.info("Scheduled publishing: {} published, {} taken off the site at their time", published, withdrawn);
		}
	}

	/**
	 * Each revision in its own transaction: one that cannot be published goes back to the
	 * reviewers and does not hold up the others.
	 */
	private int publishDue() {
		int published = 0;
		List<Long> due;
		boolean progress;
		do {
			due = articles.due(BATCH);
			progress = false;
			for (long id : due) {
				try {
					if (articles.publishDue(id)) {
						published++;
						progress = true;
					}
				}
				catch (RuntimeException ex) {
					log.warn("Scheduled revision {} could not be published; back to review", id, ex);
					articles.scheduleFailed(id, String.valueOf(ex.getMessage()));
					progress = true;
				}
			}
		}
		// Rows another instance holds are left to it: no second pass over the same batch.
		while (due.size() == BATCH && progress);
		return published;
	}

	private int withdrawExpired() {
		int withdrawn = 0;
		try {
			while (articles.withdrawExpired()) {
				withdrawn++;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Taking expired articles off the site stopped; tried again at the next run", ex);
		}
		return withdrawn;
	}

}
