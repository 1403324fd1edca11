package org.zhengtong.identity.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.PostView;

/** The platform's own changes: {@link AccountService} with {@link Actor#PLATFORM}. */
@Service
class PlatformAccountService implements PlatformAccounts {

	private final AccountService accounts;

	PlatformAccountService(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public AccountView create(String username, String displayName, AccountKind kind, @Nullable UUID unitId,
			String password, boolean mustChange) {
		return accounts.create(username, displayName, kind, unitId, password, mustChange, Actor.PLATFORM);
	}

	@Override
	@Transactional
	public String createStaff(String username, String displayName, @Nullable StaffPost post) {
		return accounts.createStaff(username, displayName, post, Actor.PLATFORM);
	}

	@Override
	@Transactional
	public AccountView grant(String username, RoleGrant grant) {
		return accounts.grant(username, grant, Actor.PLATFORM);
	}

	/** In a transaction (the interface's default would call past the proxy). */
	@Override
	@Transactional
	public AccountView grant(String username, Role role) {
		return accounts.grant(username, new RoleGrant(role, role.defaultScope(), null, java.util.Set.of()),
				Actor.PLATFORM);
	}

	@Override
	@Transactional
	public AccountView revoke(String username, Role role) {
		return accounts.revoke(username, role, Actor.PLATFORM);
	}

	@Override
	@Transactional
	public PostView appoint(String username, StaffPost post) {
		return accounts.appoint(username, post, Actor.PLATFORM);
	}

	@Override
	@Transactional
	public void deactivate(String username) {
		accounts.deactivate(username, Actor.PLATFORM);
	}

	@Override
	@Transactional
	public void setCertificateOnly(String username, boolean certificateOnly) {
		accounts.setCertificateOnly(username, certificateOnly, Actor.PLATFORM);
	}

}
