package org.zhengtong.permit.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;
import org.zhengtong.permit.PermitRoles;

/** Permit's roles, declared to identity. */
@Component
class PermitRoleDeclarations implements RoleContributor {

	@Override
	public List<Role> roles() {
		return List.of(PermitRoles.PERMIT_CLERK, PermitRoles.PERMIT_REVIEWER, PermitRoles.PERMIT_LEADER,
				PermitRoles.ITEM_MANAGER, PermitRoles.PERMIT_MONITOR);
	}

}
