package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.PasswordLoginCheck;
import org.zhengtong.platform.LoginRefused;

/**
 * Password login: the account's password, then the rules a password alone does not
 * satisfy — a certificate-only account, and what other modules contribute
 * ({@link PasswordLoginCheck}). A refusal is audited; it is not counted as a wrong
 * password.
 */
@Configuration(proxyBeanMethods = false)
class PasswordLogin {

	@Bean
	DaoAuthenticationProvider passwordLoginProvider(UserDetailsService users, PasswordEncoder encoder,
			AccountRecords records, List<PasswordLoginCheck> checks, AuditManagement audit, Clock clock) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPostAuthenticationChecks((user) -> {
			if (!user.isCredentialsNonExpired()) {
				throw new CredentialsExpiredException("The password has expired");
			}
			try {
				if (records.find(user.getUsername()).map(AccountRecords.Account::certificateOnly).orElse(false)) {
					throw new LoginRefused(LoginRefused.CERTIFICATE_ONLY,
							user.getUsername() + " signs in with a certificate only");
				}
				checks.forEach((check) -> check.check(user));
			}
			catch (LoginRefused refused) {
				// Outside a transaction: recorded directly.
				audit.record(AuditableEvent
					.succeeded(clock.instant(), user.getUsername(), "identity.login-refused", "account",
							user.getUsername(), "密码正确但登录被拒绝（" + refused.reason() + "）：" + user.getUsername())
					.withOutcome(Outcome.DENIED));
				throw refused;
			}
		});
		return provider;
	}

}
