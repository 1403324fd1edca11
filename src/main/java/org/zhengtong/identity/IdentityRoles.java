package org.zhengtong.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles identity declares: the three separated administrators (三员分立, 等级保护: no account
 * holds two of them, and each grants only its own permissions), 单位管理员, and the base role
 * every account of a kind holds. Other modules declare their own roles.
 */
public final class IdentityRoles {

	/** Gives and takes the three administrator roles. */
	public static final String ROLE_MANAGE = "role.manage";

	/** Appoints 单位管理员 and other roles the system administrator gives. */
	public static final String APPOINT_UNIT_ADMIN = "unit-admin.appoint";

	/** Appoints RA operators and other roles the security administrator gives. */
	public static final String APPOINT_RA_OPERATOR = "ra-operator.appoint";

	/** The group of the three administrator roles: no account holds two of them. */
	public static final String ADMINISTRATORS = "ADMINISTRATORS";

	/** 系统管理员: accounts, units, settings, the calendar; appoints 单位管理员. */
	public static final Role SYSTEM_ADMIN = Role.declare("SYSTEM_ADMIN", ROLE_MANAGE)
		.withPermissions("account.manage", "unit.manage", "calendar.edit", APPOINT_UNIT_ADMIN)
		.exclusiveIn(ADMINISTRATORS)
		.asAdministrator();

	/** 安全保密管理员: roles, permissions, certificate policy; appoints RA operators. */
	public static final Role SECURITY_ADMIN = Role.declare("SECURITY_ADMIN", ROLE_MANAGE)
		.withPermissions(ROLE_MANAGE, "certificate.policy", APPOINT_RA_OPERATOR)
		.exclusiveIn(ADMINISTRATORS)
		.asAdministrator();

	/** 安全审计员: reads the audit log, nothing else. */
	public static final Role AUDIT_ADMIN = Role.declare("AUDIT_ADMIN", ROLE_MANAGE)
		.withPermissions("audit.read")
		.exclusiveIn(ADMINISTRATORS)
		.asAdministrator();

	/** 单位管理员: the accounts of one unit and its internal departments. */
	public static final Role UNIT_ADMIN = Role.declare("UNIT_ADMIN", APPOINT_UNIT_ADMIN)
		.withPermissions("account.manage", "certificate.unit")
		.withDefaultScope(DataScope.UNIT);

	/** 工作人员: the workbench, over the records of the unit of the post in use. */
	public static final Role STAFF = Role.declare("STAFF", "account.manage").withDefaultScope(DataScope.UNIT);

	/** 个人用户: a registered citizen on the portal, over their own records. */
	public static final Role CITIZEN = Role.declare("CITIZEN", "account.manage")
		.heldBy(AccountKind.CITIZEN)
		.withDefaultScope(DataScope.SELF);

	/** 法人用户: a registered enterprise on the portal, over its own records. */
	public static final Role ENTERPRISE = Role.declare("ENTERPRISE", "account.manage")
		.heldBy(AccountKind.ENTERPRISE)
		.withDefaultScope(DataScope.SELF);

	/** The three administrators (三员), separated: no account holds two of them. */
	public static final List<Role> THREE_ADMINISTRATORS = List.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	/** {@code ROLE_SYSTEM_ADMIN} and the others: the authorities that name the 三员. */
	public static final Set<String> ADMINISTRATOR_AUTHORITIES = THREE_ADMINISTRATORS.stream()
		.map(Role::authority)
		.collect(Collectors.toUnmodifiableSet());

	private IdentityRoles() {
	}

	/**
	 * The role every account of a kind holds ({@link #STAFF}, {@link #CITIZEN},
	 * {@link #ENTERPRISE}): it gives nothing beyond the account itself.
	 */
	public static Role baseOf(AccountKind kind) {
		return switch (kind) {
			case STAFF -> STAFF;
			case CITIZEN -> CITIZEN;
			case ENTERPRISE -> ENTERPRISE;
		};
	}

}
