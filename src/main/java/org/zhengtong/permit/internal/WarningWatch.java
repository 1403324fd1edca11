package org.zhengtong.permit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.DeadlineApproaching;
import org.zhengtong.casework.DeadlineMissed;
import org.zhengtong.permit.CaseClosed;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.CaseRejected;
import org.zhengtong.permit.WarningLevel;

/**
 * 电子监察 listening: the core's sweep reports a permit clock turning yellow
 * ({@link DeadlineApproaching}) or red ({@link DeadlineMissed}); a decision or the case's
 * end resolves its warnings. Each runs after the event's transaction, in its own, and may
 * be delivered again (the registry resubmits): the desk keeps one open warning per clock
 * and colour. Warnings a calendar change, an extension or a pause made outdated are
 * resolved by a job that compares them with their clocks.
 */
@Component
class WarningWatch {

	private static final Logger log = LoggerFactory.getLogger(WarningWatch.class);

	static final int BATCH = 500;

	private final WarningDesk desk;

	WarningWatch(WarningDesk desk) {
		this.desk = desk;
	}

	@ApplicationModuleListener
	void on(DeadlineApproaching approaching) {
		if ("permit".equals(approaching.module())) {
			desk.raise(approaching.clockId(), WarningLevel.YELLOW, approaching.dueAt());
		}
	}

	@ApplicationModuleListener
	void on(DeadlineMissed missed) {
		if ("permit".equals(missed.module())) {
			desk.raise(missed.clockId(), WarningLevel.RED, missed.dueAt());
		}
	}

	@ApplicationModuleListener
	void on(CaseDecided decided) {
		desk.resolveCase(decided.caseId(), Resolution.DECIDED);
	}

	@ApplicationModuleListener
	void on(CaseClosed closed) {
		desk.resolveCase(closed.caseId(), Resolution.ENDED);
	}

	@ApplicationModuleListener
	void on(CaseRejected rejected) {
		desk.resolveCase(rejected.caseId(), Resolution.ENDED);
	}

	/** Resolves the warnings that no longer hold, a batch per transaction. */
	@Scheduled(initialDelayString = "${zhengtong.permit.warning-check-interval:PT5M}",
			fixedDelayString = "${zhengtong.permit.warning-check-interval:PT5M}")
	@SchedulerLock(name = "permit.warning-check", lockAtMostFor = "PT10M")
	void resolveOutdated() {
		int total = 0;
		int resolved;
		do {
			resolved = desk.resolveOutdated(BATCH);
			total += resolved;
		}
		while (resolved == BATCH);
		if (total > 0) {
			log.info("电子监察: {} warnings no longer hold and were resolved", total);
		}
	}

}
