package org.zhengtong.permit.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.permit.PermitRoles;

/**
 * Who works on a department's cases after 受理, by the post in use: its 审批人员 examine (审查),
 * its 审批负责人 decide; those, its 窗口受理员 and the 电子监察员 read a case's record. Anyone else —
 * other departments, administrators — is told a case does not exist.
 */
@Component
public class DecisionAccess {

	private final AccessScopes scopes;

	DecisionAccess(AccessScopes scopes) {
		this.scopes = scopes;
	}

	/** The departments whose cases {@code username} holds {@code permission} over. */
	public AccessScope scope(String username, String permission) {
		PostView post = scopes.postInUse(username);
		return scopes.of(username, permission, post == null ? null : post.unitId());
	}

	/** Whether {@code username} examines the department's cases. */
	public boolean reviewer(@Nullable String username, UUID department) {
		return username != null && scope(username, PermitRoles.REVIEW).reachesUnit(department);
	}

	/** Whether {@code username} decides the department's cases. */
	public boolean leader(@Nullable String username, UUID department) {
		return username != null && scope(username, PermitRoles.DECIDE).reachesUnit(department);
	}

	/** Whether {@code username} holds the department's seal (发证). */
	public boolean sealKeeper(@Nullable String username, UUID department) {
		return username != null && scope(username, org.zhengtong.pki.UnitSeals.SEAL_PERMISSION).reachesUnit(department);
	}

	/** Whether {@code username} may read a case of the department (read-only). */
	public boolean reader(@Nullable String username, UUID department) {
		if (username == null) {
			return false;
		}
		for (String permission : new String[] { PermitRoles.RECEIVE, PermitRoles.REVIEW, PermitRoles.DECIDE,
				PermitRoles.MONITOR }) {
			if (scope(username, permission).reachesUnit(department)) {
				return true;
			}
		}
		return false;
	}

}
