package org.zhengtong.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.PostInUse;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;

/** Tells the audit log the post and unit a user works in during the current request. */
@Component
class AuditedPost implements PostInUse.Source {

	private final AccessScopes scopes;

	AuditedPost(AccessScopes scopes) {
		this.scopes = scopes;
	}

	@Override
	public @Nullable PostInUse of(String username) {
		PostView post = scopes.postInUse(username);
		return post == null ? null : new PostInUse(post.label(), post.unitId().toString());
	}

}
