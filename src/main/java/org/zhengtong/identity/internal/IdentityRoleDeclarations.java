package org.zhengtong.identity.internal;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;

/** Identity's roles, listed first. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityRoleDeclarations implements RoleContributor {

	@Override
	public List<Role> roles() {
		return List.of(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.SECURITY_ADMIN, IdentityRoles.AUDIT_ADMIN,
				IdentityRoles.UNIT_ADMIN, IdentityRoles.STAFF, IdentityRoles.CITIZEN, IdentityRoles.ENTERPRISE);
	}

}
