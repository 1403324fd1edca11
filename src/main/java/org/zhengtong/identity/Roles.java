package org.zhengtong.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Every role the modules declare ({@link RoleContributor}), found by code. */
public interface Roles {

	/** All declared roles, in the order the modules declare them. */
	List<Role> all();

	Optional<Role> find(String code);

	/**
	 * The declared role with this code.
	 * @throws AccountRefused when no module declares it
	 */
	default Role require(String code) {
		return find(code).orElseThrow(() -> AccountRefused.undeclaredRole(code));
	}

	/** Whether {@code role} is the one declared under its code (not a look-alike). */
	default boolean declared(Role role) {
		return find(role.code()).filter(role::equals).isPresent();
	}

	/** The administrator roles (三员). */
	default List<Role> administrators() {
		return all().stream().filter(Role::administrator).toList();
	}

	/** The roles an account with these authorities may give or take. */
	default List<Role> appointableWith(Collection<String> authorities) {
		return all().stream().filter((role) -> authorities.contains(role.appointedWith())).toList();
	}

}
