package org.zhengtong.identity.internal;

import java.time.Clock;
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
 * Loads an account for password login. A locked or deactivated account is refused by
 * Spring Security before its password is hashed, so a stream of guesses costs no hashing.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRecords records;

	private final Clock clock;

	AccountUserDetailsService(AccountRecords records, Clock clock) {
		this.records = records;
		this.clock = clock;
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
		return new AccountUser(account.id(), account.username(), account.passwordHash(), account.active(),
				!account.lockedAt(clock.instant()), authorities(account), stamps.security(), stamps.authority());
	}

	/** The roles and permissions of the account as it is now. */
	static List<GrantedAuthority> authorities(AccountRecords.Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : account.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		}
		return authorities;
	}

}
