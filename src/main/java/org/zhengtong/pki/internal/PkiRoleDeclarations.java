package org.zhengtong.pki.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;
import org.zhengtong.pki.PkiRoles;

/** The RA operator and seal keeper roles, declared to identity. */
@Component
class PkiRoleDeclarations implements RoleContributor {

	@Override
	public List<Role> roles() {
		return List.of(PkiRoles.RA_OPERATOR, PkiRoles.SEAL_KEEPER);
	}

}
