package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.PeopleDirectory;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;

/**
 * The people picker's search: accounts (name, scope) from identity, posts (unit, title)
 * from organization; the scope is part of the account query, never applied afterwards.
 */
@Service
class PeopleService implements PeopleDirectory {

	private final AccountRecords accounts;

	private final PostManagement posts;

	private final Clock clock;

	PeopleService(AccountRecords accounts, PostManagement posts, Clock clock) {
		this.accounts = accounts;
		this.posts = posts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Found find(Query query, AccessScope scope) {
		if (query.blank() || scope.isEmpty()) {
			return Found.nothing();
		}
		boolean byPost = query.unit() != null || (query.post() != null && !query.post().isBlank());
		Set<UUID> holders = byPost ? posts.holders(query.unit(), query.post()) : null;
		if (holders != null && holders.isEmpty()) {
			return Found.nothing();
		}
		List<AccountRecords.Account> found = accounts.people(query.name(), holders, scope, MOST + 1, clock.instant());
		List<Person> people = found.stream().limit(MOST).map((account) -> person(account, query, holders)).toList();
		return new Found(people, found.size() > MOST);
	}

	/** The person with the post that matched, else their 编制 post. */
	private Person person(AccountRecords.Account account, Query query, @Nullable Set<UUID> holders) {
		List<PostView> current = posts.postsOf(account.id());
		PostView shown = current.stream()
			.filter((post) -> query.post() == null || query.post().isBlank()
					|| post.title()
						.toLowerCase(java.util.Locale.ROOT)
						.contains(query.post().strip().toLowerCase(java.util.Locale.ROOT)))
			.min(Comparator.comparing((PostView post) -> !post.principal()))
			.orElse(current.isEmpty() ? null : current.get(0));
		return new Person(account.username(), account.displayName(), shown == null ? null : shown.unitName(),
				shown == null ? null : shown.label());
	}

}
