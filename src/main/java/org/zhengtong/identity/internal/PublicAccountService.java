package org.zhengtong.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.AccessDeniedException;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.EnterpriseRegistration;
import org.zhengtong.identity.PasswordPolicy;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.identity.PublicProfile;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.RoleGrant;

@Service
class PublicAccountService implements PublicAccounts {

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final IdNumberCipher cipher;

	private final PasswordEncoder passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ScopeService scopes;

	private final RegistrationConflicts conflicts;

	private final AuditManagement audit;

	PublicAccountService(AccountService accounts, JdbcClient jdbc, IdNumberCipher cipher, PasswordEncoder passwords,
			ApplicationEventPublisher events, Clock clock, ScopeService scopes, RegistrationConflicts conflicts,
			AuditManagement audit) {
		this.conflicts = conflicts;
		this.scopes = scopes;
		this.audit = audit;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public AccountView registerCitizen(CitizenRegistration registration) {
		notReserved(registration.username());
		PasswordPolicy.check(registration.username(), registration.password());
		// Hashed first, whatever follows: a taken number answers no faster than a new
		// one.
		String hash = passwords.encode(registration.password());
		return registerCitizen(registration, () -> hash);
	}

	/**
	 * @param hash the password hash, computed only once the registration is known to go
	 * through (the demo data passes its one shared hash)
	 */
	@Transactional
	AccountView registerCitizen(CitizenRegistration registration, Supplier<String> hash) {
		String number = registration.idNumber().value();
		byte[] index = cipher.index(number);
		if (exists("SELECT EXISTS (SELECT 1 FROM identity_citizen WHERE id_number_index = ?)", index)) {
			conflicts.tellHolder("c.id_number_index = ?", index, "身份证号", registration.username());
			throw AccountRefused.idNumberRegistered();
		}
		AccountView account = create(registration.username(), registration.realName(), AccountKind.CITIZEN, hash,
				registration.email(), registration.mobile());
		jdbc.sql(
				"""
						INSERT INTO identity_citizen (account_id, real_name, id_number_cipher, id_number_index, id_number_masked)
						VALUES (?, ?, ?, ?, ?)""")
			.params(account.id(), registration.realName().strip(), cipher.encrypt(number), index,
					registration.idNumber().masked())
			.update();
		accounts.grant(account.username(),
				new RoleGrant(IdentityRoles.CITIZEN, IdentityRoles.CITIZEN.defaultScope(), null, Set.of()),
				Actor.PLATFORM);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), account.username(), "identity.registered",
				"account", account.id().toString(),
				"个人用户注册：" + registration.realName().strip() + "，身份证号 " + registration.idNumber().masked()));
		return accounts.find(account.username()).orElseThrow();
	}

	@Override
	@Transactional
	public AccountView registerEnterprise(EnterpriseRegistration registration) {
		notReserved(registration.username());
		PasswordPolicy.check(registration.username(), registration.password());
		String hash = passwords.encode(registration.password());
		return registerEnterprise(registration, () -> hash);
	}

	@Transactional
	AccountView registerEnterprise(EnterpriseRegistration registration, Supplier<String> hash) {
		String code = registration.creditCode().value();
		if (exists("SELECT EXISTS (SELECT 1 FROM identity_enterprise WHERE credit_code = ?)", code)) {
			throw AccountRefused.creditCodeRegistered(code);
		}
		AccountView account = create(registration.username(), registration.name(), AccountKind.ENTERPRISE, hash,
				registration.email(), registration.mobile());
		jdbc.sql("INSERT INTO identity_enterprise (account_id, name, credit_code) VALUES (?, ?, ?)")
			.params(account.id(), registration.name().strip(), code)
			.update();
		accounts.grant(account.username(),
				new RoleGrant(IdentityRoles.ENTERPRISE, IdentityRoles.ENTERPRISE.defaultScope(), null, Set.of()),
				Actor.PLATFORM);
		events.publishEvent(AuditableEvent.succeeded(clock.instant(), account.username(), "identity.registered",
				"account", account.id().toString(), "法人用户注册：" + registration.name().strip() + "，统一社会信用代码 " + code));
		return accounts.find(account.username()).orElseThrow();
	}

	/**
	 * A reserved name (system, admin …) is refused before anything else is looked at, and
	 * the attempt audited.
	 */
	private void notReserved(String username) {
		if (ReservedNames.reserved(username)) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), "anonymous", "identity.registered", "account", null,
								"拒绝注册保留的用户名 " + username)
						.withOutcome(Outcome.DENIED));
			throw AccountRefused.reservedName(username);
		}
	}

	private AccountView create(String username, String name, AccountKind kind, Supplier<String> hash,
			@Nullable String email, @Nullable String mobile) {
		if (email != null
				&& exists("SELECT EXISTS (SELECT 1 FROM identity_account WHERE lower(email) = lower(?))", email)) {
			conflicts.tellHolder("lower(a.email) = lower(?)", email, "电子邮箱", username);
			throw AccountRefused.emailTaken(email);
		}
		if (mobile != null && exists("SELECT EXISTS (SELECT 1 FROM identity_account WHERE mobile = ?)", mobile)) {
			conflicts.tellHolder("a.mobile = ?", mobile, "手机号", username);
			throw AccountRefused.mobileTaken(mobile);
		}
		if (accounts.find(username).isPresent()) {
			throw AccountRefused.usernameTaken(username);
		}
		AccountView account = accounts.createWithHash(username, name.strip(), kind, null, hash.get(), false,
				Actor.user(username));
		jdbc.sql("UPDATE identity_account SET email = ?, mobile = ? WHERE id = ?")
			.params(email, mobile, account.id())
			.update();
		return account;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PublicProfile> profile(String username) {
		return jdbc
			.sql("""
					SELECT a.kind, coalesce(c.real_name, e.name) AS name, coalesce(c.id_number_masked, e.credit_code) AS identifier,
					       a.email, a.mobile
					FROM identity_account a
					LEFT JOIN identity_citizen c ON c.account_id = a.id
					LEFT JOIN identity_enterprise e ON e.account_id = a.id
					WHERE lower(a.username) = lower(?) AND a.kind <> 'STAFF'""")
			.param(username)
			.query((row, number) -> new PublicProfile(AccountKind.valueOf(row.getString("kind")), row.getString("name"),
					row.getString("identifier"), row.getString("email"), row.getString("mobile")))
			.optional();
	}

	@Override
	@Transactional
	public Optional<String> idNumberForRecord(java.util.UUID account, String purpose, String actor) {
		return jdbc
			.sql("""
					SELECT a.username, c.id_number_cipher FROM identity_account a JOIN identity_citizen c ON c.account_id = a.id
					WHERE a.id = ?""")
			.param(account)
			.query((row, number) -> {
				String clear = cipher.decrypt(row.getBytes("id_number_cipher"));
				String why = purpose.length() > 200 ? purpose.substring(0, 200) : purpose;
				events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.id-number-revealed",
						"account", account.toString(),
						actor + " 为" + why + "使用了 " + row.getString("username") + " 的完整身份证号"));
				return clear;
			})
			.optional();
	}

	@Override
	@Transactional
	public Optional<String> revealIdNumber(String username, String actor) {
		if (!scopes.of(actor, "account.manage", null).all()) {
			audit.recordApart(
					AuditableEvent
						.succeeded(clock.instant(), actor, "identity.id-number-revealed", "account", username,
								actor + " 无权查看 " + username + " 的完整身份证号")
						.withOutcome(Outcome.DENIED));
			throw new AccessDeniedException("Only an administrator of every account may see an ID number");
		}
		return jdbc.sql("""
				SELECT a.id, c.id_number_cipher FROM identity_account a JOIN identity_citizen c ON c.account_id = a.id
				WHERE lower(a.username) = lower(?)""").param(username).query((row, number) -> {
			String clear = cipher.decrypt(row.getBytes("id_number_cipher"));
			events.publishEvent(AuditableEvent.succeeded(clock.instant(), actor, "identity.id-number-revealed",
					"account", row.getObject("id").toString(), actor + " 查看了 " + username + " 的完整身份证号"));
			return clear;
		}).optional();
	}

	private boolean exists(String sql, Object parameter) {
		return Boolean.TRUE.equals(jdbc.sql(sql).param(parameter).query(Boolean.class).single());
	}

}
