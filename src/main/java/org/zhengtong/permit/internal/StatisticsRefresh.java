package org.zhengtong.permit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the 电子监察 statistics' summary up to date: every minute (by default), one instance
 * at a time, it recomputes the cells whose cases changed since the last run
 * ({@link FigureRecords#refresh}), so the statistics page and /performance only read.
 * Tests run it on demand ({@code jobs.run("permit.statistics-refresh")}).
 */
@Component
class StatisticsRefresh {

	/** The job's ShedLock name. */
	static final String JOB = "permit.statistics-refresh";

	private static final Logger log = LoggerFactory.getLogger(StatisticsRefresh.class);

	private final PermitStatistics statistics;

	StatisticsRefresh(PermitStatistics statistics) {
		this.statistics = statistics;
	}

	@Scheduled(initialDelayString = "${zhengtong.permit.statistics-refresh-interval:PT1M}",
			fixedDelayString = "${zhengtong.permit.statistics-refresh-interval:PT1M}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M")
	void refresh() {
		int cells = statistics.refresh();
		if (cells > 0) {
			log.debug("电子监察 statistics: {} summary cells recomputed", cells);
		}
	}

}
