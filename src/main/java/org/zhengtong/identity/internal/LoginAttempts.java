package org.zhengtong.identity.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts every failed login (a wrong password, an unknown user name, a refusal) against
 * the client's address ({@link LoginThrottle}); a success ends the account's lock. The
 * account is counted from its source by {@link LoginGuard}, inside the password check.
 */
@Component
class LoginAttempts {

	private final AccountRecords records;

	private final LoginThrottle throttle;

	LoginAttempts(AccountRecords records, LoginThrottle throttle) {
		this.records = records;
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		records.succeeded(event.getAuthentication().getName());
	}

}
