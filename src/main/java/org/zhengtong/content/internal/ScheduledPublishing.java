package org.zhengtong.content.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 定时发布 and 到期下线: every {@code zhengtong.content.schedule-interval} (30 seconds),
 * publishes the scheduled revisions whose time has come and takes expired articles off
 * the site, in batches of 100, each claimed with {@code SKIP LOCKED} so that several
 * instances share the work without doing any of it twice.
 */
@Component
class ScheduledPublishing {

	private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

	static final int BATCH = 100;

	private final ArticleService articles;

	ScheduledPublishing(ArticleService articles) {
		this.articles = articles;
	}

	@Scheduled(initialDelayString = "${zhengtong.content.schedule-interval:PT30S}",
			fixedDelayString = "${zhengtong.content.schedule-interval:PT30S}")
	void run() {
		int published = 0;
		int withdrawn = 0;
		int batch;
		do {
			batch = articles.publishDue(BATCH);
			published += batch;
		}
		while (batch == BATCH);
		do {
			batch = articles.withdrawExpired(BATCH);
			withdrawn += batch;
		}
		while (batch == BATCH);
		if (published + withdrawn > 0) {
			log.info("Scheduled publishing: {} published, {} taken off the site at their time", published, withdrawn);
		}
	}

}
