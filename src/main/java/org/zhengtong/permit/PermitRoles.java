package org.zhengtong.permit;

import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.Role;

/**
 * The roles permit declares, all over the department of the post in use (a department
 * sees only its own cases and sub-cases). Administrators and RA operators hold none of
 * them, so they read no cases; applicants see only their own, through their public
 * account or 办件编号 + 查询码.
 */
public final class PermitRoles {

	/** 窗口收件 and 受理 / 不予受理 / 补正 of the department's cases. */
	public static final String RECEIVE = "permit.receive";

	/** 审查: examines the department's accepted cases and proposes a decision. */
	public static final String REVIEW = "permit.review";

	/**
	 * 决定: decides (准予 / 不予许可), approves the art. 42 extension and art. 45 suspensions,
	 * issues the licence.
	 */
	public static final String DECIDE = "permit.decide";

	/** Drafts the department's items and service guides and sends them for review. */
	public static final String CATALOGUE = "permit.catalogue";

	/**
	 * Reads every department's cases, clocks, warnings and statistics (电子监察), read-only.
	 */
	public static final String MONITOR = "permit.monitor";

	/** 窗口受理员. */
	public static final Role PERMIT_CLERK = Role.declare("PERMIT_CLERK", "account.manage")
		.withPermissions(RECEIVE)
		.withDefaultScope(DataScope.UNIT);

	/** 审批人员: 审查. */
	public static final Role PERMIT_REVIEWER = Role.declare("PERMIT_REVIEWER", "account.manage")
		.withPermissions(REVIEW)
		.withDefaultScope(DataScope.UNIT);

	/** 审批负责人: the department leader who decides and approves extensions. */
	public static final Role PERMIT_LEADER = Role.declare("PERMIT_LEADER", "account.manage")
		.withPermissions(DECIDE)
		.withDefaultScope(DataScope.UNIT);

	/** 事项管理员: the department's catalogue and guides. */
	public static final Role ITEM_MANAGER = Role.declare("ITEM_MANAGER", "account.manage")
		.withPermissions(CATALOGUE)
		.withDefaultScope(DataScope.UNIT);

	/** 电子监察员: all departments, read-only. */
	public static final Role PERMIT_MONITOR = Role.declare("PERMIT_MONITOR", "account.manage").withPermissions(MONITOR);

	private PermitRoles() {
	}

}
