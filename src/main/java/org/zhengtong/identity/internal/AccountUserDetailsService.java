package org.zhengtong.identity.internal;

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
			.disabled(!account.active())
			.build();
	}

}
