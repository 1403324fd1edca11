package org.zhengtong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.PasswordPolicy;
import org.zhengtong.identity.Role;

@Service
class AccountService implements AccountManagement {

	private final AccountRecords records;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration passwordMaxAge;

	AccountService(AccountRecords records, PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock,
			@Value("${zhengtong.password.max-age:P90D}") Duration passwordMaxAge) {
		this.records = records;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
		this.passwordMaxAge = passwordMaxAge;
	}

	@Override
	@Transactional
	public AccountView create(String username, String displayName, AccountKind kind, @Nullable String unitId,
			String password, boolean mustChange, String actor) {
		PasswordPolicy.check(username, password);
		return createWithHash(username, displayName, kind, unitId, passwords.encode(password), mustChange, actor);
	}

	/**
	 * For accounts whose password hash is already known (demo data shares one precomputed
	 * hash).
	 */
	AccountView createWithHash(String username, String displayName, AccountKind kind, @Nullable String unitId,
			String hash, boolean mustChange, String actor) {
		if (records.find(username).isPresent()) {
			throw AccountRefused.usernameTaken(username);
		}
		UUID id = UUID.randomUUID();
		try {
			records.insert(id, username, displayName, kind, unitId, clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw AccountRefused.usernameTaken(username);
		}
		records.setPassword(id, hash, mustChange, clock.instant());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.account-created", "account",
				id.toString(), "创建账户 " + username + "（" + displayName + "）"));
		return view(records.find(username).orElseThrow());
	}

	@Override
	@Transactional
	public AccountView grant(String username, Role role, String actor) {
		AccountRecords.Account account = records.find(username)
			.orElseThrow(() -> new IllegalArgumentException(username));
		if (role.administrator()) {
			Optional<Role> held = account.roles()
				.stream()
				.filter(Role::administrator)
				.filter((r) -> r != role)
				.findFirst();
			if (held.isPresent()) {
				throw AccountRefused.twoAdministratorRoles(account.username(), held.get(), role);
			}
		}
		records.grant(account.id(), role, actor, clock.instant());
		events
			.publishEvent(AuditableEvent
				.succeeded(clock.instant(), actor, "identity.role-granted", "account", account.id().toString(),
						"授予 " + account.username() + " 角色 " + role)
				.withChange(account.roles().toString(), role.name()));
		return view(records.find(username).orElseThrow());
	}

	@Override
	public List<AccountView> search(String text, int limit) {
		return records.search(text, limit).stream().map(this::view).toList();
	}

	@Override
	@Transactional
	public String createStaff(String username, String displayName, @Nullable String unitId, String actor) {
		String password = OneTimePasswords.next();
		createWithHash(username, displayName, AccountKind.STAFF, unitId, passwords.encode(password), true, actor);
		grant(username, Role.STAFF, actor);
		return password;
	}

	@Override
	@Transactional
	public String resetPassword(String username, String actor) {
		AccountRecords.Account account = records.find(username)
			.orElseThrow(() -> new IllegalArgumentException(username));
		String password = OneTimePasswords.next();
		records.setPassword(account.id(), passwords.encode(password), true, clock.instant());
		records.unlock(account.username());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.password-reset", "account",
				account.id().toString(), "为 " + account.username() + " 重设一次性密码"));
		return password;
	}

	@Override
	@Transactional
	public void unlock(String username, String actor) {
		AccountRecords.Account account = records.find(username)
			.orElseThrow(() -> new IllegalArgumentException(username));
		records.unlock(account.username());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.account-unlocked", "account",
				account.id().toString(), "解除 " + account.username() + " 的锁定"));
	}

	@Override
	@Transactional
	public AccountView revoke(String username, Role role, String actor) {
		AccountRecords.Account account = records.find(username)
			.orElseThrow(() -> new IllegalArgumentException(username));
		if (!account.roles().contains(role)) {
			return view(account);
		}
		if (role.administrator() && records.activeHolders(role) <= 1) {
			throw AccountRefused.lastAdministrator(account.username(), role);
		}
		records.revoke(account.id(), role);
		events.publishEvent(AuditableEvent
			.succeeded(clock.instant(), actor, "identity.role-revoked", "account", account.id().toString(),
					"收回 " + account.username() + " 的角色 " + role)
			.withChange(account.roles().toString(), "-" + role.name()));
		return view(records.find(username).orElseThrow());
	}

	@Override
	public Optional<AccountView> find(String username) {
		return records.find(username).map(this::view);
	}

	@Override
	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword) {
		AccountRecords.Account account = records.find(username).orElseThrow(AccountRefused::wrongCurrentPassword);
		if (account.passwordHash() == null || !passwords.matches(currentPassword, account.passwordHash())) {
			throw AccountRefused.wrongCurrentPassword();
		}
		PasswordPolicy.check(account.username(), newPassword);
		records.setPassword(account.id(), passwords.encode(newPassword), false, clock.instant());
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), account.username(), "identity.password-changed",
				"account", account.id().toString(), account.username() + " 修改了密码"));
	}

	/**
	 * A one-time password, or one older than {@code zhengtong.password.max-age} (等级保护:
	 * change regularly).
	 */
	@Override
	public boolean mustChangePassword(String username) {
		return records.find(username)
			.map((account) -> account.mustChange() || (account.passwordChangedAt() != null
					&& account.passwordChangedAt().plus(passwordMaxAge).isBefore(clock.instant())))
			.orElse(false);
	}

	boolean anyoneHolds(Role role) {
		return records.anyoneHolds(role);
	}

	private AccountView view(AccountRecords.Account account) {
		return new AccountView(account.id(), account.username(), account.displayName(), account.kind(),
				account.unitId(), account.active(), account.lockedAt(clock.instant()), account.roles());
	}

}
