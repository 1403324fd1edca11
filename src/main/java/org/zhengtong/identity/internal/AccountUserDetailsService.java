package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
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

	@Override
	public UserDetails loadUserByUsername(String username) {
		AccountRecords.Account account = records.find(username)
			.filter((found) -> found.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (Role role : account.roles()) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
			role.permissions().forEach((permission) -> authorities.add(new SimpleGrantedAuthority(permission)));
		}
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(authorities)
			.accountLocked(account.lockedAt(clock.instant()))
			.disabled(!account.active())
			.build();
	}

}
