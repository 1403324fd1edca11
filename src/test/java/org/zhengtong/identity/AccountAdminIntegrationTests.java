package org.zhengtong.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class AccountAdminIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	UnitManagement units;

	@LocalServerPort
	int port;

	@Test
	void a_new_staff_account_gets_a_one_time_password_shown_once_that_must_be_changed() {
		String name = "new" + UUID.randomUUID().toString().substring(0, 8);

		UUID unit = unit();
		MvcTestResult created = mvc.post()
			.uri("/admin/accounts")
			.param("username", name)
			.param("displayName", "王芳")
			.param("unitId", unit.toString())
			.param("title", "科员")
			.with(admin())
			.with(csrf())
			.exchange();

		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/admin/accounts/" + name);
		assertThat(accounts.find(name).orElseThrow().unitId()).as("the 编制 post's unit").isEqualTo(unit);
		String password = (String) created.getMvcResult().getFlashMap().get("oneTimePassword");
		assertThat(password).hasSize(16);
		assertThat(accounts.find(name).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);
		BrowserlessSession holder = new BrowserlessSession(port);
		assertThat(holder.login(name, password)).endsWith("/workbench");
		assertThat(holder.get("/workbench").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/account/password"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, "sysadmin", "identity.account-created", null, null), 0, 50))
				.anySatisfy((entry) -> {
					assertThat(entry.summary()).contains(name);
					assertThat(entry.address()).as("where the administrator worked from").isEqualTo("127.0.0.1");
				}));
	}

	@Test
	void a_taken_user_name_is_refused_with_the_reason() {
		MvcTestResult refused = mvc.post()
			.uri("/admin/accounts")
			.param("username", "auditadmin")
			.param("displayName", "冒名")
			.param("unitId", unit().toString())
			.param("title", "科员")
			.with(admin())
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatusOk();
		assertThat(refused).bodyText().contains("用户名 auditadmin 已被使用。");
		assertThat(accounts.find("auditadmin").orElseThrow().displayName()).isEqualTo("安全审计员");
	}

	@Test
	void a_locked_out_member_of_staff_gets_a_new_one_time_password_and_is_unlocked() {
		String name = "locked" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "李四", AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		lockOut(name);
		assertThat(mvc.get().uri("/admin/accounts?q={q}", name).with(admin()).exchange()).bodyText()
			.contains("已锁定", "解除锁定");

		MvcTestResult reset = mvc.post()
			.uri("/admin/accounts/{u}/reset-password", name)
			.param("confirmed", "true")
			.with(admin())
			.with(csrf())
			.exchange();

		String password = (String) reset.getMvcResult().getFlashMap().get("oneTimePassword");
		assertThat(accounts.find(name).orElseThrow().locked()).isFalse();
		assertThat(new BrowserlessSession(port).login(name, password)).endsWith("/workbench");
		assertThat(new BrowserlessSession(port).login(name, "Qinchuan@2026")).as("the old password is gone")
			.endsWith("/login?error");
	}

	@Test
	void unlocking_lifts_the_lock_before_it_runs_out() {
		String name = "unlock" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "赵六", AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		lockOut(name);
		assertThat(new BrowserlessSession(port).login(name, "Qinchuan@2026")).as("locked: not even the right one")
			.endsWith("/login?error");

		mvc.post().uri("/admin/accounts/{u}/unlock", name).with(admin()).with(csrf()).exchange();

		assertThat(new BrowserlessSession(port).login(name, "Qinchuan@2026")).endsWith("/workbench");
		assertThat(mvc.post().uri("/admin/accounts/nobody-here/unlock").with(admin()).with(csrf()).exchange())
			.hasStatus(404);
	}

	/**
	 * Locks the account as guessing does: five wrong passwords from each of ten addresses
	 * (LoginGuard: only then is the account locked for everyone, for 15 minutes).
	 */
	private void lockOut(String name) {
		for (int address = 1; address <= 10; address++) {
			for (int i = 0; i < 5; i++) {
				String from = "203.0.113." + (200 + address);
				assertThat(mvc.post()
					.uri("/login")
					.param("username", name)
					.param("password", "Guess@" + i)
					.with(csrf())
					.with((request) -> {
						request.setRemoteAddr(from);
						return request;
					})
					.exchange()
					.getResponse()
					.getRedirectedUrl()).endsWith("/login?error");
			}
		}
		assertThat(accounts.find(name).orElseThrow().locked()).as("locked").isTrue();
	}

	private UUID unit() {
		return units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市测试局", "测试局", "Test Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	private static RequestPostProcessor admin() {
		return user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "account.manage"));
	}

}
