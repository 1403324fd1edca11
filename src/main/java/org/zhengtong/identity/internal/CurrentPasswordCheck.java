package org.zhengtong.identity.internal;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountRefused;

/**
 * The current password asked for on {@code /account/password}: a guess there is a guess
 * at the login, so it is refused before hashing once its source is blocked, counted
 * towards the block ({@link LoginGuard}) when wrong, and audited in a transaction of its
 * own (the change itself rolls back). The new password must differ from the current one —
 * the one-time password too, when that is the current one.
 */
@Component
class CurrentPasswordCheck {

	private final LoginGuard guard;

	private final PasswordEncoder passwords;

	private final AuditManagement audit;

	private final Clock clock;

	CurrentPasswordCheck(LoginGuard guard, PasswordEncoder passwords, AuditManagement audit, Clock clock) {
		this.guard = guard;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	void check(AccountRecords.Account account, String currentPassword, String newPassword, @Nullable String address) {
		String source = LoginGuard.source(address);
		if (guard.blocked(account.id(), source)) {
			refused(account, address, "当前密码错误次数过多，该来源暂停修改密码");
			throw AccountRefused.currentPasswordBlocked();
		}
		if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
			guard.failed(account, source, address, "当前密码");
			refused(account, address, "修改密码时输入的当前密码不正确");
			throw AccountRefused.wrongCurrentPassword();
		}
		guard.succeeded(account.id(), source);
		if (passwords.matches(newPassword, account.passwordHash())) {
			throw AccountRefused.samePassword();
		}
	}

	private void refused(AccountRecords.Account account, @Nullable String address, String summary) {
		audit.recordApart(AuditableEvent
			.succeeded(clock.instant(), account.username(), "identity.password-change-refused", "account",
					account.id().toString(), summary + "：" + account.username())
			.withOutcome(Outcome.DENIED)
			.withAddress(address));
	}

}
