package org.zhengtong.pki;

import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;

/** The role pki declares: 证书注册审核员. */
public final class PkiRoles {

	/**
	 * 证书注册审核员 (RA operator): verifies identities and approves certificate requests.
	 * Appointed by the security administrator.
	 */
	public static final Role RA_OPERATOR = Role.declare("RA_OPERATOR", IdentityRoles.APPOINT_RA_OPERATOR)
		.withPermissions("certificate.approve");

	private PkiRoles() {
	}

}
