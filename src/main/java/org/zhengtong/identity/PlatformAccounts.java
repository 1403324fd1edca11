package org.zhengtong.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.organization.PostView;

/**
 * Changes the platform makes to accounts on its own: demo data, first start, test
 * fixtures. There is no actor, so no rights are checked, but every rule that holds for
 * everyone still does (三员分立, staff roles for staff accounts, reserved names). Never call
 * it with a request's input on behalf of a user: use {@link AccountManagement}, which
 * checks the signed-in account's rights. Audited as {@value AccountManagement#SYSTEM}.
 */
public interface PlatformAccounts {

	AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId, String password,
			boolean mustChange);

	/**
	 * A staff account with the STAFF role and its post; returns its one-time password.
	 */
	String createStaff(String username, String displayName, @Nullable StaffPost post);

	AccountView grant(String username, RoleGrant grant);

	default AccountView grant(String username, Role role) {
		return grant(username, new RoleGrant(role, role.defaultScope(), null, java.util.Set.of()));
	}

	AccountView revoke(String username, Role role);

	PostView appoint(String username, StaffPost post);

	void deactivate(String username);

	void setCertificateOnly(String username, boolean certificateOnly);

}
