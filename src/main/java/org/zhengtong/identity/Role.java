package org.zhengtong.identity;

import java.util.List;
import java.util.Set;

/**
 * What an account may do, and over which records ({@link DataScope}). The three
 * administrator roles are separated (三员分立, 等级保护): no account holds two of them, and each
 * grants only its own permissions. Each role names the permission that appoints to it.
 */
public enum Role {

	/** 系统管理员: accounts, units, settings, the calendar; appoints 单位管理员. */
	SYSTEM_ADMIN(true, DataScope.ALL, Role.ROLE_MANAGE, "account.manage", "unit.manage", "calendar.edit",
			Role.APPOINT_UNIT_ADMIN),

	/** 安全保密管理员: roles, permissions, certificate policy; appoints RA operators. */
	SECURITY_ADMIN(true, DataScope.ALL, Role.ROLE_MANAGE, Role.ROLE_MANAGE, "certificate.policy",
			Role.APPOINT_RA_OPERATOR),

	/** 安全审计员: reads the audit log, nothing else. */
	AUDIT_ADMIN(true, DataScope.ALL, Role.ROLE_MANAGE, "audit.read"),

	/** 单位管理员: the accounts of one unit and its internal departments. */
	UNIT_ADMIN(false, DataScope.UNIT, Role.APPOINT_UNIT_ADMIN, "account.manage", "certificate.unit"),

	/** 证书注册审核员 (RA operator): verifies identities and approves certificate requests. */
	RA_OPERATOR(false, DataScope.ALL, Role.APPOINT_RA_OPERATOR, "certificate.approve"),

	/**
	 * 网站管理员: the sites' channels and who may draft or review in each; drafts and reviews
	 * where given.
	 */
	SITE_ADMIN(false, DataScope.ALL, Role.APPOINT_UNIT_ADMIN, "content.manage", "content.edit"),

	/** 网站编辑: drafts, and reviews, in the channels they are given. */
	EDITOR(false, DataScope.ALL, "account.manage", "content.edit"),

	/** 工作人员: the workbench, over the records of the unit of the post in use. */
	STAFF(false, DataScope.UNIT, "account.manage"),

	/** 个人用户: a registered citizen on the portal, over their own records. */
	CITIZEN(false, DataScope.SELF, "account.manage"),

	/** 法人用户: a registered enterprise on the portal, over its own records. */
	ENTERPRISE(false, DataScope.SELF, "account.manage");

	public static final Set<Role> ADMINISTRATORS = Set.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN);

	static final String ROLE_MANAGE = "role.manage";

	static final String APPOINT_UNIT_ADMIN = "unit-admin.appoint";

	static final String APPOINT_RA_OPERATOR = "ra-operator.appoint";

	private final boolean administrator;

	private final DataScope defaultScope;

	private final String appointedWith;

	private final List<String> permissions;

	Role(boolean administrator, DataScope defaultScope, String appointedWith, String... permissions) {
		this.administrator = administrator;
		this.defaultScope = defaultScope;
		this.appointedWith = appointedWith;
		this.permissions = List.of(permissions);
	}

	public boolean administrator() {
		return administrator;
	}

	/** The authorities the role gives, besides {@code ROLE_<name>}. */
	public List<String> permissions() {
		return permissions;
	}

	/** The scope a new grant of the role has. */
	public DataScope defaultScope() {
		return defaultScope;
	}

	/** The permission an account needs to give or take this role. */
	public String appointedWith() {
		return appointedWith;
	}

	/**
	 * The kind of account that may hold the role: staff roles go to staff accounts only,
	 * 个人用户 and 法人用户 to citizens and enterprises.
	 */
	public AccountKind heldBy() {
		return switch (this) {
			case CITIZEN -> AccountKind.CITIZEN;
			case ENTERPRISE -> AccountKind.ENTERPRISE;
			default -> AccountKind.STAFF;
		};
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

	/** Whether the role gives {@code authority} (a permission or {@code ROLE_<name>}). */
	public boolean gives(String authority) {
		return authority.equals("ROLE_" + name()) || permissions.contains(authority);
	}

	/** The roles an account with these authorities may give or take. */
	public static List<Role> appointableWith(java.util.Collection<String> authorities) {
		return java.util.Arrays.stream(values()).filter((role) -> authorities.contains(role.appointedWith)).toList();
	}

}
