package org.zhengtong.casework.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhengtong.casework.TaskHolders;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.Role;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;

/**
 * {@link TaskHolders}: an account key is that account, a post key the post's current
 * holder, a unit key the holders of current posts in that unit whose roles give the
 * permission, an any key every active account whose roles give it; for account and post
 * keys also the delegates of those people while a 委托 runs (permissions are not
 * delegated).
 */
@Component
class TaskHolderLookup implements TaskHolders {

	/** The most accounts an {@code any:} key or a unit's address book is read for. */
	private static final int MOST = 5_000;

	private final AccountManagement accounts;

	private final PostManagement posts;

	private final DelegationRecords delegations;

	private final TaskRecords tasks;

	private final Clock clock;

	TaskHolderLookup(AccountManagement accounts, PostManagement posts, DelegationRecords delegations, TaskRecords tasks,
			Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.delegations = delegations;
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public Set<UUID> holdersOf(String assigneeKey) {
		Set<UUID> holders = directHoldersOf(assigneeKey);
		Set<UUID> all = new LinkedHashSet<>(holders);
		if (TaskReach.delegable(assigneeKey)) {
			all.addAll(delegations.delegatesOf(holders, clock.instant()));
		}
		all.removeIf((id) -> accounts.find(id).filter(AccountView::active).isEmpty());
		return all;
	}

	@Override
	public Set<UUID> holdersOfOpenTask(long taskId) {
		return tasks.openAssignee(taskId).map(this::holdersOf).orElse(Set.of());
	}

	@Override
	public Set<UUID> holdersOfOpenTasksOn(long clockId) {
		Set<UUID> all = new LinkedHashSet<>();
		for (String key : tasks.openAssigneesOn(clockId)) {
			all.addAll(holdersOf(key));
		}
		return all;
	}

	private Set<UUID> directHoldersOf(String key) {
		String[] parts = key.split(":", 3);
		Set<UUID> holders = new LinkedHashSet<>();
		switch (parts[0]) {
			case "account" -> holders.add(UUID.fromString(parts[1]));
			case "post" -> posts.post(UUID.fromString(parts[1]))
				.filter(PostView::current)
				.ifPresent((post) -> holders.add(post.holderId()));
			case "unit" -> {
				UUID unit = UUID.fromString(parts[1]);
				for (PostView post : posts.addressBook("", unit, 0, MOST).items()) {
					if (post.current() && post.unitId().equals(unit) && gives(post.holderId(), parts[2])) {
						holders.add(post.holderId());
					}
				}
			}
			case "any" -> {
				for (AccountView account : accounts.search("", AccessScope.everything(), MOST)) {
					if (account.active() && account.roles().stream().anyMatch((role) -> role.gives(parts[1]))) {
						holders.add(account.id());
					}
				}
			}
			default -> throw new IllegalArgumentException("Not an assignee key: " + key);
		}
		return holders;
	}

	private boolean gives(UUID account, String permission) {
		return accounts.find(account)
			.filter(AccountView::active)
			.map((found) -> found.roles().stream().anyMatch((Role role) -> role.gives(permission)))
			.orElse(false);
	}

}
