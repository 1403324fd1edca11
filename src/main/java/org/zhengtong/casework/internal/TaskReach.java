package org.zhengtong.casework.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.Role;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;

/**
 * The assignee keys a person reaches: their account, their current posts, each unit they
 * hold a current post in combined with each permission their roles give, and each
 * permission on its own; and, while a 委托 to them runs, the person and post keys of each
 * person who delegated to them. A 委托 hands over what waits for that person, never the
 * permissions of their roles: a task for "whoever holds certificate.approve" stays with
 * those who hold it. A task is theirs to act on when its assignee key is among these.
 */
@Component
public class TaskReach {

	private final AccountManagement accounts;

	private final PostManagement posts;

	private final DelegationRecords delegations;

	private final Clock clock;

	TaskReach(AccountManagement accounts, PostManagement posts, DelegationRecords delegations, Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.delegations = delegations;
		this.clock = clock;
	}

	/**
	 * The keys of an active account, delegations included; none for an unknown or
	 * inactive one.
	 */
	public Set<String> keysOf(String username) {
		return accounts.find(username).filter(AccountView::active).map(this::keysOf).orElse(Set.of());
	}

	/** The keys of an account, delegations to it included. */
	public Set<String> keysOf(AccountView account) {
		return reachOf(account).keySet();
	}

	/**
	 * The keys of an account, each with the name of the person it reaches it for:
	 * {@code null} for its own keys, the delegator's name for keys reached through a 委托
	 * (own keys win).
	 */
	public Map<String, @Nullable String> reachOf(AccountView account) {
		if (!account.active()) {
			return Map.of();
		}
		Map<String, @Nullable String> reach = new LinkedHashMap<>();
		for (String key : ownKeysOf(account)) {
			reach.put(key, null);
		}
		for (UUID delegatorId : delegations.delegatorsOf(account.id(), clock.instant())) {
			Optional<AccountView> delegator = accounts.find(delegatorId).filter(AccountView::active);
			if (delegator.isEmpty()) {
				continue;
			}
			for (String key : ownKeysOf(delegator.get())) {
				if (delegable(key)) {
					reach.putIfAbsent(key, delegator.get().displayName());
				}
			}
		}
		return reach;
	}

	/**
	 * Whether a 委托 hands over tasks of this key: a person's and a post's, not a
	 * permission's.
	 */
	static boolean delegable(String key) {
		return key.startsWith("account:") || key.startsWith("post:");
	}

	/** The keys an account reaches by its own posts and roles, no delegation. */
	public Set<String> ownKeysOf(AccountView account) {
		Set<String> permissions = new LinkedHashSet<>();
		for (Role role : account.roles()) {
			permissions.add(role.authority());
			permissions.addAll(role.permissions());
		}
		Set<String> keys = new LinkedHashSet<>();
		keys.add(Assignee.account(account.id(), account.displayName()).key());
		for (PostView post : posts.postsOf(account.id())) {
			if (!post.current()) {
				continue;
			}
			keys.add("post:" + post.id());
			UUID unit = post.unitId();
			for (String permission : permissions) {
				keys.add("unit:" + unit + ":" + permission);
			}
		}
		for (String permission : permissions) {
			keys.add("any:" + permission);
		}
		return keys;
	}

}
