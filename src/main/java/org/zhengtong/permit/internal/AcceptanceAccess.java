package org.zhengtong.permit.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;

/**
 * Who works on a department's applications waiting for 受理: the 窗口受理员 of the department,
 * by the post in use. Anyone else — other departments, administrators, reviewers — is
 * told a case does not exist.
 */
@Component
public class AcceptanceAccess {

	private final AccessScopes scopes;

	AcceptanceAccess(AccessScopes scopes) {
		this.scopes = scopes;
	}

	/** The departments whose applications {@code username} accepts. */
	public AccessScope clerkScope(String username) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, PermitRoles.RECEIVE, post == null ? null : post.unitId());
	}

	/** Whether {@code username} accepts the department's applications. */
	public boolean clerk(@Nullable String username, UUID department) {
		return username != null && clerkScope(username).reachesUnit(department);
	}

}
