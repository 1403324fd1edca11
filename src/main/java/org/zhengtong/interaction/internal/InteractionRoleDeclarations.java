package org.zhengtong.interaction.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;
import org.zhengtong.interaction.InteractionRoles;

/** Interaction's roles, declared to identity. */
@Component
class InteractionRoleDeclarations implements RoleContributor {

	@Override
	public List<Role> roles() {
		return List.of(InteractionRoles.LETTER_ACCEPTOR, InteractionRoles.LETTER_HANDLER,
				InteractionRoles.INTERACTION_LEADER, InteractionRoles.DISCLOSURE_OFFICER,
				InteractionRoles.INTERACTION_EDITOR);
	}

}
