package org.zhengtong.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class LoginIntegrationTests {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void the_first_start_creates_one_of_each_separated_administrator_with_a_one_time_password() {
		assertThat(accounts.find("sysadmin").orElseThrow().roles()).contains(Role.SYSTEM_ADMIN)
			.doesNotContain(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
		assertThat(accounts.find("secadmin").orElseThrow().roles()).contains(Role.SECURITY_ADMIN)
			.doesNotContain(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN);
		assertThat(accounts.find("auditadmin").orElseThrow().roles()).contains(Role.AUDIT_ADMIN)
			.doesNotContain(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
		assertThat(accounts.mustChangePassword("sysadmin")).as("not the demo: must change").isTrue();
	}

	@Test
	void no_account_holds_two_administrator_roles_not_even_through_sql() {
		String name = account(false);
		platformAccounts.grant(name, Role.SYSTEM_ADMIN);

		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> platformAccounts.grant(name, Role.AUDIT_ADMIN))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.twoAdministratorRoles"));
		UUID id = accounts.find(name).orElseThrow().id();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update(
				"INSERT INTO identity_account_role (account_id, role, granted_at, granted_by) VALUES (?, 'AUDIT_ADMIN', now(), 'sql')",
				id));
		assertThat(accounts.find(name).orElseThrow().roles()).containsExactlyInAnyOrder(Role.STAFF, Role.SYSTEM_ADMIN);
	}

	@Test
	void a_member_of_staff_logs_in_with_the_right_password_and_not_with_a_wrong_one() {
		String name = account(false);
		BrowserlessSession visitor = new BrowserlessSession(port);

		assertThat(new BrowserlessSession(port).login(name, "Wrong@2026pass")).endsWith("/login?error");
		assertThat(visitor.login(name.toUpperCase(), PASSWORD)).as("user names ignore case").endsWith("/workbench");
		assertThat(visitor.get("/workbench").body()).contains("您好，" + name + "。");
		assertThat(audit.search(new AuditQuery(null, null, name, "identity.login", null, null), 0, 10)).hasSize(2);
	}

	@Test
	void a_one_time_password_must_be_replaced_before_anything_else() {
		String name = account(true);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.login(name, PASSWORD);

		assertThat(visitor.get("/workbench").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		assertThat(visitor.get("/account/password").body()).contains("这是一次性密码或已过期的密码");

		assertThat(visitor
			.post("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", "short", "repeated", "short"))
			.body()).contains("新密码太短");
		assertThat(visitor
			.post("/account/password",
					Map.of("currentPassword", PASSWORD, "newPassword", "Changed#2026go", "repeated", "Changed#2026go"))
			.statusCode()).isEqualTo(302);

		assertThat(visitor.get("/workbench").statusCode()).isEqualTo(200);
		assertThat(new BrowserlessSession(port).login(name, "Changed#2026go")).endsWith("/workbench");
		assertThat(accounts.mustChangePassword(name)).isFalse();
	}

	@Test
	void a_password_older_than_the_maximum_age_must_be_changed_at_login() {
		String name = account(false);
		jdbc.update("UPDATE identity_password SET changed_at = now() - interval '100 days' "
				+ "WHERE account_id = (SELECT id FROM identity_account WHERE username = ?)", name);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.login(name, PASSWORD);

		assertThat(visitor.get("/workbench").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		assertThat(accounts.mustChangePassword(name)).isTrue();
	}

	@Test
	void fifty_wrong_passwords_at_once_lock_the_account_exactly_once() throws Exception {
		String name = account(false);
		ExecutorService pool = Executors.newFixedThreadPool(10);
		List<Future<String>> attempts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			attempts.add(pool.submit(() -> new BrowserlessSession(port).login(name, "Guess@" + UUID.randomUUID())));
		}
		for (Future<String> attempt : attempts) {
			assertThat(attempt.get()).endsWith("/login?error");
		}
		pool.shutdown();

		assertThat(audit.search(new AuditQuery(null, null, "system", "identity.account-locked", null, name), 0, 10))
			.hasSize(1);
		assertThat(accounts.find(name).orElseThrow().locked()).isTrue();
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).as("locked: even the right password")
			.endsWith("/login?error");

		// When the lock has run out, the right password works again and the count starts
		// afresh.
		jdbc.update("UPDATE identity_account SET locked_until = ? WHERE username = ?",
				Timestamp.from(Instant.now().minusSeconds(1)), name);
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).endsWith("/workbench");
		assertThat(jdbc.queryForObject("SELECT failed_attempts FROM identity_account WHERE username = ?", Integer.class,
				name))
			.isZero();
	}

	private String account(boolean mustChange) {
		String name = "staff" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "测试人员", AccountKind.STAFF, null, PASSWORD, mustChange);
		platformAccounts.grant(name, Role.STAFF);
		return name;
	}

}
