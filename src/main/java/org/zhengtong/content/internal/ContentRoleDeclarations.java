package org.zhengtong.content.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;

/** Content's roles, declared to identity. */
@Component
class ContentRoleDeclarations implements RoleContributor {

	@Override
	public List<Role> roles() {
		return List.of(ContentRoles.SITE_ADMIN, ContentRoles.EDITOR);
	}

}
