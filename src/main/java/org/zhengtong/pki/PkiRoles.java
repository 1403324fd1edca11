package org.zhengtong.pki;

import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;

/** The roles pki declares: 证书注册审核员 and 印章管理员. */
public final class PkiRoles {

	/**
	 * 证书注册审核员 (RA operator): verifies identities and approves certificate requests.
	 * Appointed by the security administrator.
	 */
	public static final Role RA_OPERATOR = Role.declare("RA_OPERATOR", IdentityRoles.APPOINT_RA_OPERATOR)
		.withPermissions("certificate.approve");

	/**
	 * 印章管理员 (seal keeper): uses the unit's hosted 电子印章 ({@link UnitSeals}) for the unit
	 * of the post in use, in a certificate-authenticated session. Appointed in the unit
	 * like its other roles ({@code account.manage}): by the system administrator, or by a
	 * unit administrator for their own unit's staff (one who holds it, as a unit
	 * administrator gives only roles they hold).
	 */
	public static final Role SEAL_KEEPER = Role.declare("SEAL_KEEPER", "account.manage")
		.withPermissions(UnitSeals.SEAL_PERMISSION)
		.withDefaultScope(DataScope.UNIT);

	private PkiRoles() {
	}

}
