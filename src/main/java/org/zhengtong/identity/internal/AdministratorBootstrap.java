package org.zhengtong.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.platform.DemoData;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.Role;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * On first start, one account for each of the three administrator roles (三员). With the
 * demo data (the {@code demo} profile on the embedded database) they get the documented
 * demo password and a few staff accounts join them; otherwise each gets a random
 * password, printed once to the log, that must be changed at the first login.
 */
@Component
@RunningPlatformOnly
@org.springframework.core.annotation.Order(30)
class AdministratorBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	record Seed(String username, String displayName, Role role) {
	}

	static final List<Seed> ADMINISTRATORS = List.of(new Seed("sysadmin", "系统管理员", IdentityRoles.SYSTEM_ADMIN),
			new Seed("secadmin", "安全保密管理员", IdentityRoles.SECURITY_ADMIN),
			new Seed("auditadmin", "安全审计员", IdentityRoles.AUDIT_ADMIN));

	private final AccountService accounts;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transaction;

	private final Environment environment;

	private final DemoStaff demoStaff;

	private final String demoPassword;

	AdministratorBootstrap(AccountService accounts, PasswordEncoder passwords, TransactionTemplate transaction,
			Environment environment, DemoStaff demoStaff,
			@Value("${zhengtong.demo.password:Qinchuan@2026}") String demoPassword) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.transaction = transaction;
		this.environment = environment;
		this.demoStaff = demoStaff;
		this.demoPassword = demoPassword;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		boolean demo = DemoData.enabled(environment);
		transaction.executeWithoutResult((status) -> {
			// Demo accounts share one hash: computed once, the demo loads in a second.
			String demoHash = demo ? passwords.encode(demoPassword) : null;
			for (Seed seed : ADMINISTRATORS) {
				if (accounts.anyoneHolds(seed.role()) || accounts.find(seed.username()).isPresent()) {
					continue;
				}
				if (demo) {
					accounts.createWithHash(seed.username(), seed.displayName(), AccountKind.STAFF, null, demoHash,
							false, Actor.PLATFORM);
				}
				else {
					String password = OneTimePasswords.next();
					accounts.createWithHash(seed.username(), seed.displayName(), AccountKind.STAFF, null,
							passwords.encode(password), true, Actor.PLATFORM);
					log.warn(
							"Created the administrator '{}' ({}) with the one-time password {} — it must be changed at "
									+ "the first login, and is not shown again",
							seed.username(), seed.displayName(), password);
				}
				accounts.grant(seed.username(), grantOf(seed.role()), Actor.PLATFORM);
				accounts.grant(seed.username(), grantOf(IdentityRoles.STAFF), Actor.PLATFORM);
			}
			if (demo) {
				demoStaff.load(demoHash);
			}
		});
	}

	private static org.zhengtong.identity.RoleGrant grantOf(Role role) {
		return new org.zhengtong.identity.RoleGrant(role, role.defaultScope(), null, java.util.Set.of());
	}

}
