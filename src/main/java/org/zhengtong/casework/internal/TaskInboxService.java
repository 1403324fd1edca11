package org.zhengtong.casework.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.casework.DoneTask;
import org.zhengtong.casework.InboxChoice;
import org.zhengtong.casework.InboxFilter;
import org.zhengtong.casework.InboxTask;
import org.zhengtong.casework.Reach;
import org.zhengtong.casework.StartedCase;
import org.zhengtong.casework.TaskInbox;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.shared.PageOf;

/** The 待办 centre on {@link InboxRecords}, with the keys from {@link TaskReach}. */
@Service
@Transactional(readOnly = true)
class TaskInboxService implements TaskInbox {

	/** The largest page a caller may ask for. */
	static final int MAX_SIZE = 100;

	private final InboxRecords records;

	private final TaskReach reach;

	private final AccountManagement accounts;

	private final Clock clock;

	TaskInboxService(InboxRecords records, TaskReach reach, AccountManagement accounts, Clock clock) {
		this.records = records;
		this.reach = reach;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public Reach reach(String username) {
		return accounts.find(username)
			.filter(AccountView::active)
			.map((account) -> new Reach(account.id(), reach.keysOf(account)))
			.orElse(Reach.NONE);
	}

	@Override
	public long count(Reach reach) {
		return reach.keys().isEmpty() ? 0 : records.count(keys(reach.keys()));
	}

	@Override
	public PageOf<InboxTask> open(Reach reach, InboxFilter filter, int page, int size) {
		int limit = limit(size);
		if (reach.keys().isEmpty()) {
			return new PageOf<>(List.of(), 0, 0, limit);
		}
		String[] keys = keys(reach.keys());
		var now = clock.instant();
		long total = records.count(keys, filter, now);
		int shown = clampPage(page, total, limit);
		return new PageOf<>(records.page(keys, filter, now, shown * limit, limit), total, shown, limit);
	}

	@Override
	public List<InboxChoice> choices(Reach reach) {
		return reach.keys().isEmpty() ? List.of() : records.choices(keys(reach.keys()));
	}

	@Override
	public PageOf<DoneTask> done(Reach reach, int page, int size) {
		int limit = limit(size);
		if (reach.account() == null) {
			return new PageOf<>(List.of(), 0, 0, limit);
		}
		long total = records.doneCount(reach.account());
		int shown = clampPage(page, total, limit);
		return new PageOf<>(records.done(reach.account(), shown * limit, limit), total, shown, limit);
	}

	@Override
	public long doneCount(Reach reach) {
		return reach.account() == null ? 0 : records.doneCount(reach.account());
	}

	@Override
	public PageOf<StartedCase> started(Reach reach, int page, int size) {
		int limit = limit(size);
		if (reach.account() == null) {
			return new PageOf<>(List.of(), 0, 0, limit);
		}
		long total = records.startedCount(reach.account());
		int shown = clampPage(page, total, limit);
		return new PageOf<>(records.started(reach.account(), shown * limit, limit), total, shown, limit);
	}

	@Override
	public long startedCount(Reach reach) {
		return reach.account() == null ? 0 : records.startedCount(reach.account());
	}

	private static String[] keys(Set<String> keys) {
		return keys.toArray(String[]::new);
	}

	private static int limit(int size) {
		return Math.max(1, Math.min(size, MAX_SIZE));
	}

	/** A page past the end shows the last one. */
	private static int clampPage(int page, long total, int limit) {
		int last = (int) Math.max(0, (total - 1) / limit);
		return Math.max(0, Math.min(page, last));
	}

}
