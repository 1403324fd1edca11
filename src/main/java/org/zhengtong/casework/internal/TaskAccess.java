package org.zhengtong.casework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.CaseworkRefused;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;

/** Whether a person may act on a task, and for whom (委托). */
@Component
class TaskAccess {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final AccountManagement accounts;

	private final TaskReach reach;

	private final CaseTasks tasks;

	private final Clock clock;

	TaskAccess(AccountManagement accounts, TaskReach reach, CaseTasks tasks, Clock clock) {
		this.accounts = accounts;
		this.reach = reach;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Who the actor acts for on the task: themselves, or a delegator. */
	record Reach(boolean reaches, @Nullable String forName) {
	}

	Reach of(CaseTask task, String username) {
		AccountView account = accounts.find(username).filter(AccountView::active).orElse(null);
		if (account == null) {
			return new Reach(false, null);
		}
		Map<String, @Nullable String> keys = reach.reachOf(account);
		return keys.containsKey(task.assignee()) ? new Reach(true, keys.get(task.assignee())) : new Reach(false, null);
	}

	/**
	 * @return the delegator's name when the actor acts for one, {@code null} for their
	 * own task
	 * @throws CaseworkRefused when the actor does not reach the task
	 */
	@Nullable String check(CaseTask task, String username) {
		Reach found = of(task, username);
		if (!found.reaches()) {
			throw CaseworkRefused.notAssignee(task.assigneeName());
		}
		return found.forName();
	}

	/**
	 * @throws CaseworkRefused unless the task is open: who did it and when, or who took
	 * the 抢办 step
	 */
	void checkOpen(CaseTask task) {
		if (task.status() == CaseTask.Status.DONE) {
			throw CaseworkRefused.alreadyDone(String.valueOf(task.doneByName()), minute(task.doneAt()));
		}
		if (task.status() == CaseTask.Status.CANCELLED) {
			for (CaseTask sibling : tasks.findByStepIdOrderById(task.stepId())) {
				if (sibling.claimedAt() != null) {
					throw claimedBy(sibling);
				}
			}
			throw CaseworkRefused.taskCancelled();
		}
	}

	/** The refusal for a 抢办 task someone else took. */
	CaseworkRefused claimedBy(CaseTask claimed) {
		return CaseworkRefused.alreadyDone(claimed.assigneeName(), minute(claimed.claimedAt()));
	}

	private String minute(@Nullable Instant at) {
		return at == null ? "" : MINUTE.withZone(clock.getZone()).format(at);
	}

}
