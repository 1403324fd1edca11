package org.zhengtong.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.zhengtong.identity.Role;

/**
 * Loads an account for password and certificate login. A deactivated account is refused
 * by Spring Security before its password is hashed; a lock is judged by
 * {@link PasswordLogin} (before hashing too), because it holds back password logins only,
 * never the account's certificate.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRecords records;

	AccountUserDetailsService(AccountRecords records) {
		this.records = records;
	}

	/**
	 * The stamps are read before the account: a change committed in between leaves the
	 * session with an older stamp, so it is caught at the next request, never missed.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRecords.Stamps stamps = records.stamps(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		AccountRecords.Account account = records.find(stamps.id())
			.filter((found) -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return new AccountUser(account.id(), account.username(), account.passwordHash(), account.active(), true,
				authorities(account), stamps.security(), stamps.authority());
	}

	/** The roles and permissions of the account as it is now. */
	static List<GrantedAuthority> authorities(AccountRecords.Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : account.roles()) {
			authorities.add(new SimpleGrantedAuthority(role.authority()));
			role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		}
		return authorities;
	}

}
