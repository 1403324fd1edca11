package org.zhengtong.identity.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleContributor;
import org.zhengtong.identity.Roles;

/**
 * The roles every module declares, gathered once at start-up. Two modules declaring one
 * code stop the start.
 */
@Component
class RoleRegistry implements Roles {

	private final Map<String, Role> byCode;

	private final List<Role> all;

	RoleRegistry(List<RoleContributor> contributors) {
		Map<String, Role> roles = new LinkedHashMap<>();
		for (RoleContributor contributor : contributors) {
			for (Role role : contributor.roles()) {
				if (roles.putIfAbsent(role.code(), role) != null) {
					throw new IllegalStateException("The role " + role.code() + " is declared twice");
				}
			}
		}
		this.byCode = Collections.unmodifiableMap(roles);
		this.all = List.copyOf(new ArrayList<>(roles.values()));
	}

	@Override
	public List<Role> all() {
		return all;
	}

	@Override
	public Optional<Role> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

}
