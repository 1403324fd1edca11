package org.zhengtong.permit.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.UnitSeals;

/**
 * Who acts on a department's accepted cases, by the post in use: its 审批负责人 (决定, 延期, 中止),
 * its 审批人员 (审查, 中止), its 印章管理员 (用印 of the written notices).
 */
@Component
class StepAccess {

	private final AccessScopes scopes;

	StepAccess(AccessScopes scopes) {
		this.scopes = scopes;
	}

	AccessScope scope(String username, String permission) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, permission, post == null ? null : post.unitId());
	}

	boolean leader(@Nullable String username, UUID department) {
		return username != null && scope(username, PermitRoles.DECIDE).reachesUnit(department);
	}

	boolean reviewer(@Nullable String username, UUID department) {
		return username != null && scope(username, PermitRoles.REVIEW).reachesUnit(department);
	}

	/** The departments whose waiting notices {@code username} seals. */
	AccessScope keeperScope(String username) {
		return scope(username, UnitSeals.SEAL_PERMISSION);
	}

}
