package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;

/**
 * Locks an account after {@code zhengtong.login.max-failures} wrong passwords in a row,
 * for {@code zhengtong.login.lock-duration} (unlocked automatically afterwards). Counting
 * is one UPDATE per attempt, so many attempts at once lock exactly once, with one audit
 * entry.
 */
@Component
class LoginAttempts {

	private final AccountRecords records;

	private final LoginThrottle throttle;

	private final AuditManagement audit;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginAttempts(AccountRecords records, LoginThrottle throttle, AuditManagement audit, Clock clock,
			@Value("${zhengtong.login.max-failures:5}") int maxFailures,
			@Value("${zhengtong.login.lock-duration:PT15M}") Duration lockDuration) {
		this.records = records;
		this.throttle = throttle;
		this.audit = audit;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		throttle.failed(event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null);
		String username = event.getAuthentication().getName();
		Optional<Integer> failures = records.failedAttempt(username, maxFailures, lockDuration, clock.instant());
		if (failures.isPresent() && failures.get() == maxFailures) {
			String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
					? details.getRemoteAddress() : null;
			audit.record(
					AuditableEvent
						.succeeded(clock.instant(), "system", "identity.account-locked", "account", username,
								"连续 " + maxFailures + " 次密码错误，锁定账户 " + username + " " + lockDuration.toMinutes()
										+ " 分钟")
						.withAddress(address));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		records.succeeded(event.getAuthentication().getName());
	}

}
