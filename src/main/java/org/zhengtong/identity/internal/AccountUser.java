package org.zhengtong.identity.internal;

import java.io.Serial;
import java.util.Collection;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in account as its session keeps it: besides name and authorities, the
 * account's id (sessions are found by it, never by the name as typed) and the two stamps
 * read when the authorities were, which {@link SessionGuard} compares on every request.
 */
final class AccountUser extends User {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final long securityStamp;

	private final long authorityStamp;

	AccountUser(UUID id, String username, String password, boolean enabled, boolean nonLocked,
			Collection<? extends GrantedAuthority> authorities, long securityStamp, long authorityStamp) {
		super(username, password, enabled, true, true, nonLocked, authorities);
		this.id = id;
		this.securityStamp = securityStamp;
		this.authorityStamp = authorityStamp;
	}

	UUID id() {
		return id;
	}

	long securityStamp() {
		return securityStamp;
	}

	long authorityStamp() {
		return authorityStamp;
	}

	/** The same login with authorities read again (the password hash is not kept). */
	AccountUser withAuthorities(Collection<? extends GrantedAuthority> authorities, long authorityStamp) {
		return new AccountUser(id, getUsername(), "", isEnabled(), isAccountNonLocked(), authorities, securityStamp,
				authorityStamp);
	}

	/** The same login after its own password change (the one session that continues). */
	AccountUser withSecurityStamp(long securityStamp) {
		return new AccountUser(id, getUsername(), "", isEnabled(), isAccountNonLocked(), getAuthorities(),
				securityStamp, authorityStamp);
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
