package org.zhengtong.casework.internal;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.calendar.CalendarChanged;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobProgress;
import org.zhengtong.platform.JobView;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * When the calendar changes, every open clock (running or paused) is worked out again, as
 * a platform job the editor can follow ({@code /workbench/jobs/{id}}), a batch per
 * transaction. A clock changed meanwhile by someone else (optimistic lock), or a batch
 * that lost a lock to a person acting on one of its tasks (the new dates reach the open
 * tasks in the same transaction, V81), is done again clock by clock. Published warnings
 * are forgotten only where the colour moved back ({@link DeadlineClock#apply}).
 */
@Component
@RunningPlatformOnly
class ClockRecompute {

	private static final Logger log = LoggerFactory.getLogger(ClockRecompute.class);

	static final int BATCH = 500;

	private final ClockRecords records;

	private final DeadlineClocks clocks;

	private final DeadlineService deadlines;

	private final JobManagement jobs;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ClockRecompute(ClockRecords records, DeadlineClocks clocks, DeadlineService deadlines, JobManagement jobs,
			PlatformTransactionManager transactions, Clock clock) {
		this.records = records;
		this.clocks = clocks;
		this.deadlines = deadlines;
		this.jobs = jobs;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Outside a transaction: the job's row must be committed before the job's thread
	 * reports on it.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void calendarChanged(CalendarChanged changed) {
		start(changed.changedBy(), changed.year());
	}

	JobView start(String owner, int year) {
		return jobs.start("casework.recompute", "重新计算办理期限（" + year + " 年日历变更）", owner, this::recomputeAll);
	}

	String recomputeAll(JobProgress progress) {
		progress.total(records.countOpen());
		long after = 0;
		int changed = 0;
		int done = 0;
		List<Long> batch;
		while (!(batch = records.openAfter(after, BATCH)).isEmpty()) {
			changed += recompute(batch);
			done += batch.size();
			progress.advance(batch.size());
			after = batch.get(batch.size() - 1);
		}
		log.info("Recomputed {} open deadline clocks, {} changed", done, changed);
		return "重新计算了 " + done + " 个办理期限，" + changed + " 个有变化";
	}

	private int recompute(List<Long> batch) {
		try {
			return inTransaction(batch);
		}
		catch (ConcurrencyFailureException ex) {
			int changed = 0;
			for (Long id : batch) {
				changed += retried(id);
			}
			return changed;
		}
	}

	private int retried(Long id) {
		for (int attempt = 1;; attempt++) {
			try {
				return inTransaction(List.of(id));
			}
			catch (ConcurrencyFailureException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
	}

	private int inTransaction(List<Long> ids) {
		Integer changed = transactions.execute((status) -> {
			int count = 0;
			for (DeadlineClock open : clocks.findByIdIn(ids)) {
				if (open.state() != DeadlineClock.State.STOPPED && deadlines.recompute(open, clock.instant())) {
					count++;
				}
			}
			clocks.flush();
			return count;
		});
		return changed == null ? 0 : changed;
	}

}
