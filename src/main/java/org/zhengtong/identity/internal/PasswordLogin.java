package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.PasswordLoginCheck;
import org.zhengtong.platform.LoginRefused;

/**
 * Password login. Before the password is hashed: a certificate-only account, the rules
 * other modules contribute ({@link PasswordLoginCheck}: the 三员's certificate), a source
 * blocked for this account ({@link LoginGuard}) and the account-wide lock. Every such
 * refusal answers {@code /login?error}, as a wrong password does: right and wrong
 * passwords cannot be told apart. A wrong password counts against the account from its
 * source; an attempt presenting the account's own certificate is its own source, never
 * held back by failures of password-only attempts.
 */
@Configuration(proxyBeanMethods = false)
class PasswordLogin {

	@Bean
	DaoAuthenticationProvider passwordLoginProvider(UserDetailsService users, PasswordEncoder encoder,
			AccountRecords records, List<PasswordLoginCheck> checks, LoginGuard guard, LoginThrottle throttle,
			AuditManagement audit, Clock clock) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users) {

			@Override
			protected void additionalAuthenticationChecks(UserDetails user,
					UsernamePasswordAuthenticationToken authentication) {
				String address = authentication.getDetails() instanceof WebAuthenticationDetails details
						? details.getRemoteAddress() : null;
				AccountRecords.Account account = records.find(user.getUsername())
					.orElseThrow(() -> new BadCredentialsException("No account " + user.getUsername()));
				boolean secondFactor = checks.stream().anyMatch((check) -> check.secondFactor(user));
				if (!secondFactor && throttle.refused(address)) {
					throw new LockedException("Too many failures from " + address);
				}
				try {
					if (account.certificateOnly()) {
						throw new LoginRefused(LoginRefused.CERTIFICATE_ONLY,
								user.getUsername() + " signs in with a certificate only");
					}
					checks.forEach((check) -> check.check(user));
				}
				catch (LoginRefused refused) {
					audit.record(AuditableEvent
						.succeeded(clock.instant(), "anonymous", "identity.login-refused", "account",
								user.getUsername(),
								"未出示所需证书，密码登录被拒绝（" + refused.reason() + "，未核对密码）：" + user.getUsername())
						.withOutcome(Outcome.DENIED)
						.withAddress(address));
					// Answered as a wrong password is, and counted against the address.
					throw new BadCredentialsException(refused.getMessage(), refused);
				}
				String source = secondFactor ? LoginGuard.CERTIFICATE : LoginGuard.source(address);
				if (guard.blocked(account.id(), source) || (!secondFactor && account.lockedAt(clock.instant()))) {
					throw new LockedException(user.getUsername() + " is blocked from " + source);
				}
				try {
					super.additionalAuthenticationChecks(user, authentication);
				}
				catch (BadCredentialsException wrong) {
					guard.failed(account, source, address, "密码");
					throw wrong;
				}
				guard.succeeded(account.id(), source);
				checks.forEach((check) -> check.passed(user));
			}

		};
		provider.setPasswordEncoder(encoder);
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isCredentialsNonExpired()) {
				throw new CredentialsExpiredException("The password has expired");
			}
		});
		return provider;
	}

}
