package org.zhengtong.permit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;

/**
 * Who reads 电子监察 (warnings, the cases behind them, statistics), read-only: the 电子监察员
 * every department, a department's 审批负责人 their own (by the post in use); nobody else, the
 * 三员 included.
 */
@Component
public class SupervisionAccess {

	private final AccessScopes scopes;

	SupervisionAccess(AccessScopes scopes) {
		this.scopes = scopes;
	}

	/** The departments {@code username} supervises; empty for anyone else. */
	public AccessScope scope(@Nullable String username) {
		if (username == null) {
			return AccessScope.none();
		}
		PostView post = scopes.postInUse(username);
		java.util.UUID unit = post == null ? null : post.unitId();
		AccessScope monitor = scopes.of(username, PermitRoles.MONITOR, unit);
		if (monitor.all()) {
			return monitor;
		}
		return monitor.union(scopes.of(username, PermitRoles.DECIDE, unit));
	}

}
