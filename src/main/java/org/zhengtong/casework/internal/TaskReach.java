package org.zhengtong.casework.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

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
 * permission on its own. A task is theirs to act on when its assignee key is among these.
 */
@Component
public class TaskReach {

	private final AccountManagement accounts;

	private final PostManagement posts;

	TaskReach(AccountManagement accounts, PostManagement posts) {
		this.accounts = accounts;
		this.posts = posts;
	}

	/** The keys of an active account; none for an unknown or inactive one. */
	public Set<String> keysOf(String username) {
		return accounts.find(username).filter(AccountView::active).map(this::keysOf).orElse(Set.of());
	}

	public Set<String> keysOf(AccountView account) {
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
