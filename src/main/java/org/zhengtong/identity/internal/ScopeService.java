package org.zhengtong.identity.internal;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitManagement;

@Service
class ScopeService implements AccessScopes {

	private final AccountRecords records;

	private final UnitManagement units;

	private final PostManagement posts;

	ScopeService(AccountRecords records, UnitManagement units, PostManagement posts) {
		this.records = records;
		this.units = units;
		this.posts = posts;
	}

	@Override
	public AccessScope of(String username, String permission, @Nullable UUID postUnit) {
		return records.find(username).filter(AccountRecords.Account::active).map((account) -> {
			AccessScope scope = AccessScope.none();
			for (RoleGrant grant : account.grants()) {
				if (grant.role().gives(permission)) {
					UUID anchor = grant.unitId() != null ? grant.unitId()
							: postUnit != null ? postUnit : account.unitId();
					scope = scope.union(reach(grant, anchor, account.id()));
				}
			}
			return scope;
		}).orElse(AccessScope.none());
	}

	private AccessScope reach(RoleGrant grant, @Nullable UUID anchor, UUID self) {
		return switch (grant.scope()) {
			case ALL -> AccessScope.everything();
			case CUSTOM -> new AccessScope(false, grant.customUnits(), null);
			case UNIT_AND_BELOW -> new AccessScope(false, anchor == null ? Set.of() : units.unitAndBelow(anchor), null);
			case UNIT -> new AccessScope(false, anchor == null ? Set.of() : Set.of(anchor), null);
			case SELF -> new AccessScope(false, Set.of(), self);
		};
	}

	@Override
	public AccessScope current(String permission) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			return AccessScope.none();
		}
		PostView post = postInUse(user.getName());
		return of(user.getName(), permission, post == null ? null : post.unitId());
	}

	@Override
	public @Nullable PostView postInUse(String username) {
		AccountRecords.Account account = records.find(username).orElse(null);
		if (account == null) {
			return null;
		}
		var current = posts.postsOf(account.id());
		UUID chosen = chosenPost();
		return current.stream()
			.filter((post) -> post.id().equals(chosen))
			.findFirst()
			.orElse(current.isEmpty() ? null : current.get(0));
	}

	private static @Nullable UUID chosenPost() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			if (session != null && session.getAttribute(POST_IN_USE) instanceof UUID id) {
				return id;
			}
		}
		return null;
	}

}
