package org.zhengtong.identity;

import java.util.List;
import java.util.Set;

/**
 * What an account may do. The three administrator roles are separated (三员分立, 等级保护): no
 * account holds two of them, and each grants only its own permissions.
 */
public enum Role {

	/** 系统管理员: accounts, units, settings, the calendar. */
	SYSTEM_ADMIN(true, "account.manage", "unit.manage", "calendar.edit"),

	/** 安全保密管理员: roles, permissions, certificate policy. */
	SECURITY_ADMIN(true, "role.manage", "certificate.policy"),

	/** 安全审计员: reads the audit log, nothing else. */
	AUDIT_ADMIN(true, "audit.read"),

	/** 工作人员: the workbench. */
	STAFF(false);

	public static final Set<Role> ADMINISTRATORS = Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	private final boolean administrator;

	private final List<String> permissions;

	Role(boolean administrator, String... permissions) {
		this.administrator = administrator;
		this.permissions = List.of(permissions);
	}

	public boolean administrator() {
		return administrator;
	}

	/** The authorities the role gives, besides {@code ROLE_<name>}. */
	public List<String> permissions() {
		return permissions;
	}

}
