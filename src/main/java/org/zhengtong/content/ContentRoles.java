package org.zhengtong.content;

import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;

/** The roles content declares: 网站管理员 and 网站编辑. */
public final class ContentRoles {

	/**
	 * 网站管理员: the sites' channels and who may draft or review in each; drafts and reviews
	 * where given. Appointed by the system administrator.
	 */
	public static final Role SITE_ADMIN = Role.declare("SITE_ADMIN", IdentityRoles.APPOINT_UNIT_ADMIN)
		.withPermissions("content.manage", "content.edit");

	/** 网站编辑: drafts, and reviews, in the channels they are given. */
	public static final Role EDITOR = Role.declare("EDITOR", "account.manage").withPermissions("content.edit");

	private ContentRoles() {
	}

}
