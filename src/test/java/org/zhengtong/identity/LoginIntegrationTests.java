package org.zhengtong.identity;

import java.time.Duration;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

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

	@Autowired
	TestClock clock;

	@Value("${zhengtong.password.max-age:P90D}")
	Duration passwordMaxAge;

	@Value("${zhengtong.login.lock-duration:PT15M}")
	Duration lockDuration;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Test
	void the_first_start_creates_one_of_each_separated_administrator_with_a_one_time_password() {
		assertThat(accounts.find("sysadmin").orElseThrow().roles()).contains(IdentityRoles.SYSTEM_ADMIN)
			.doesNotContain(IdentityRoles.SECURITY_ADMIN, IdentityRoles.AUDIT_ADMIN);
		assertThat(accounts.find("secadmin").orElseThrow().roles()).contains(IdentityRoles.SECURITY_ADMIN)
			.doesNotContain(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.AUDIT_ADMIN);
		assertThat(accounts.find("auditadmin").orElseThrow().roles()).contains(IdentityRoles.AUDIT_ADMIN)
			.doesNotContain(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.SECURITY_ADMIN);
		assertThat(accounts.mustChangePassword("sysadmin")).as("not the demo: must change").isTrue();
	}

	@Test
	void no_account_holds_two_administrator_roles_not_even_through_sql() {
		String name = account(false);
		platformAccounts.grant(name, IdentityRoles.SYSTEM_ADMIN);

		assertThatExceptionOfType(AccountRefused.class)
			.isThrownBy(() -> platformAccounts.grant(name, IdentityRoles.AUDIT_ADMIN))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.twoAdministratorRoles"));
		UUID id = accounts.find(name).orElseThrow().id();
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> jdbc.update(
				"INSERT INTO identity_account_role (account_id, role, granted_at, granted_by) VALUES (?, 'AUDIT_ADMIN', now(), 'sql')",
				id));
		assertThat(accounts.find(name).orElseThrow().roles()).containsExactlyInAnyOrder(IdentityRoles.STAFF,
				IdentityRoles.SYSTEM_ADMIN);
	}

	@Test
	void a_member_of_staff_logs_in_with_the_right_password_and_not_with_a_wrong_one() {
		String name = account(false);
		BrowserlessSession visitor = new BrowserlessSession(port);

		assertThat(new BrowserlessSession(port).login(name, "Wrong@2026pass")).endsWith("/login?error");
		assertThat(visitor.login(name.toUpperCase(), PASSWORD)).as("user names ignore case").endsWith("/workbench");
		assertThat(visitor.get("/workbench").body()).as("the workbench home, the 待办 list, under the user's name")
			.contains("<span class=\"wb-user\">" + name + "</span>")
			.contains("<title>待办事项 - ");
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
		Instant now = Instant.now();
		clock.set(now.minus(passwordMaxAge).minus(Duration.ofDays(1)));
		String old = account(false);
		clock.set(now.minus(passwordMaxAge).plus(Duration.ofDays(1)));
		String recent = account(false);
		clock.reset();

		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.login(old, PASSWORD);
		assertThat(visitor.get("/workbench").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		assertThat(accounts.mustChangePassword(old)).isTrue();

		BrowserlessSession other = new BrowserlessSession(port);
		other.login(recent, PASSWORD);
		assertThat(other.get("/workbench").statusCode()).as("a day short of the maximum age").isEqualTo(200);
		assertThat(accounts.mustChangePassword(recent)).isFalse();
	}

	@Test
	void fifty_wrong_passwords_at_once_block_that_address_for_that_account_exactly_once() throws Exception {
		clock.set(Instant.now());
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

		assertThat(audit.search(new AuditQuery(null, null, "system", "identity.login-blocked", null, name), 0, 10))
			.hasSize(1);
		assertThat(new BrowserlessSession(port).login(name, PASSWORD))
			.as("blocked from this address: even the right password")
			.endsWith("/login?error");
		assertThat(accounts.find(name).orElseThrow().locked()).as("but the account itself is not locked").isFalse();
		assertThat(loginFrom("198.51.100.7", name, PASSWORD)).as("its holder elsewhere still gets in")
			.endsWith("/workbench");

		// When the block has run out, the right password works again and the count starts
		// afresh.
		clock.advance(lockDuration.minusMinutes(1));
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).as("a minute before the block runs out")
			.endsWith("/login?error");
		clock.advance(Duration.ofMinutes(1));
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).endsWith("/workbench");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_login_failure WHERE account_id = "
				+ "(SELECT id FROM identity_account WHERE username = ?)", Integer.class, name))
			.isZero();
	}

	@Test
	void fifteen_wrong_passwords_from_one_address_keep_no_administrator_out() {
		List<String> administrators = new ArrayList<>();
		for (Role role : List.of(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.SECURITY_ADMIN, IdentityRoles.AUDIT_ADMIN)) {
			String name = account(false);
			platformAccounts.grant(name, role);
			administrators.add(name);
		}
		for (String name : administrators) {
			for (int i = 0; i < 5; i++) {
				assertThat(loginFrom("203.0.113.66", name, "Guess@" + i)).endsWith("/login?error");
			}
		}

		for (String name : administrators) {
			assertThat(loginFrom("203.0.113.66", name, PASSWORD)).as("the attacker's address is held back")
				.endsWith("/login?error");
			assertThat(accounts.find(name).orElseThrow().locked()).isFalse();
			assertThat(loginFrom("198.51.100.20", name, PASSWORD)).as(name + " signs in from elsewhere")
				.endsWith("/workbench");
		}
	}

	@Test
	void only_many_blocked_addresses_lock_an_account_for_everyone_and_never_an_administrator() {
		String citizen = account(false);
		String administrator = account(false);
		platformAccounts.grant(administrator, IdentityRoles.AUDIT_ADMIN);
		for (int address = 1; address <= 10; address++) {
			for (int i = 0; i < 5; i++) {
				loginFrom("192.0.2." + (100 + address), citizen, "Guess@" + i);
				loginFrom("192.0.2." + (100 + address), administrator, "Guess@" + i);
			}
			if (address == 9) {
				assertThat(accounts.find(citizen).orElseThrow().locked()).as("nine addresses: not yet").isFalse();
			}
		}

		assertThat(accounts.find(citizen).orElseThrow().locked()).as("ten addresses: locked").isTrue();
		assertThat(loginFrom("198.51.100.30", citizen, PASSWORD)).endsWith("/login?error");
		assertThat(audit.search(new AuditQuery(null, null, "system", "identity.account-locked", null, citizen), 0, 10))
			.hasSize(1);
		assertThat(accounts.find(administrator).orElseThrow().locked()).isFalse();
		assertThat(loginFrom("198.51.100.30", administrator, PASSWORD)).endsWith("/workbench");
	}

	@Test
	void an_ipv6_subscriber_counts_as_one_source_whatever_address_of_its_64_it_uses() {
		String name = account(false);
		for (int i = 0; i < 5; i++) {
			loginFrom("2001:db8:1:2::" + (i + 1), name, "Guess@" + i);
		}

		assertThat(loginFrom("2001:db8:1:2:ffff::9", name, PASSWORD)).endsWith("/login?error");
		assertThat(loginFrom("2001:db8:1:3::1", name, PASSWORD)).endsWith("/workbench");
	}

	@Test
	void wrong_current_passwords_on_the_password_page_are_audited_and_count_like_wrong_logins() {
		String name = account(false);
		BrowserlessSession visitor = new BrowserlessSession(port);
		assertThat(visitor.login(name, PASSWORD)).endsWith("/workbench");
		visitor.get("/account/password");
		for (int i = 0; i < 5; i++) {
			assertThat(visitor
				.post("/account/password", Map.of("currentPassword", "Guess@" + i, "newPassword", "Changed#2026go",
						"repeated", "Changed#2026go"))
				.body()).contains("当前密码不正确");
		}
		UUID id = accounts.find(name).orElseThrow().id();
		assertThat(audit.search(
				new AuditQuery(null, null, name, "identity.password-change-refused", Outcome.DENIED, id.toString()), 0,
				10))
			.hasSize(5);

		assertThat(visitor
			.post("/account/password",
					Map.of("currentPassword", PASSWORD, "newPassword", "Changed#2026go", "repeated", "Changed#2026go"))
			.body()).as("blocked like a guessed login: not even the right one").contains("当前密码输错次数过多");
		assertThat(new BrowserlessSession(port).login(name, PASSWORD)).as("and the login from here")
			.endsWith("/login?error");
		assertThat(loginFrom("198.51.100.70", name, PASSWORD)).endsWith("/workbench");
	}

	@Test
	void the_new_password_differs_from_the_current_one_and_from_the_one_time_one() {
		String oneTime = account(true);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.login(oneTime, PASSWORD);
		visitor.get("/account/password");
		assertThat(visitor
			.post("/account/password",
					Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD, "repeated", PASSWORD))
			.body()).contains("新密码不能与当前密码");
		assertThat(accounts.mustChangePassword(oneTime)).as("nothing changed").isTrue();

		String regular = account(false);
		BrowserlessSession other = new BrowserlessSession(port);
		other.login(regular, PASSWORD);
		other.get("/account/password");
		assertThat(other
			.post("/account/password",
					Map.of("currentPassword", PASSWORD, "newPassword", PASSWORD, "repeated", PASSWORD))
			.body()).contains("新密码不能与当前密码");
	}

	/** The login form posted from another client address. */
	private String loginFrom(String address, String username, String password) {
		return mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(SecurityMockMvcRequestPostProcessors.csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

	private String account(boolean mustChange) {
		String name = "staff" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "测试人员", AccountKind.STAFF, null, PASSWORD, mustChange);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		return name;
	}

}
