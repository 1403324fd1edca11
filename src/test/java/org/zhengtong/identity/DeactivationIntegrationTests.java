package org.zhengtong.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 停用账户: someone who left cannot log in (their open session ends at once), their posts end
 * and their records stay; the last holder of an administrator role cannot be deactivated,
 * nor can an administrator deactivate themselves.
 */
@IntegrationTest
class DeactivationIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	PostManagement posts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void a_person_who_left_can_no_longer_log_in_and_their_posts_end() {
		String name = "leaver" + UUID.randomUUID().toString().substring(0, 8);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市停用测试局", "停用测试局", "Leaving Test Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		platformAccounts.create(name, "调离人员", AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(name, IdentityRoles.STAFF);
		platformAccounts.appoint(name, new StaffPost(unit, null, "科员", true, null));
		BrowserlessSession open = new BrowserlessSession(port);
		assertThat(open.login(name, "Qinchuan@2026")).endsWith("/workbench");

		MvcTestResult deactivated = mvc.post()
			.uri("/admin/accounts/{u}/deactivate", name)
			.param("confirmed", "true")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "account.manage")))
			.with(csrf())
			.exchange();

		assertThat(deactivated).flash().containsEntry("success", "account.admin.deactivated");
		AccountView account = accounts.find(name).orElseThrow();
		assertThat(account.active()).isFalse();
		assertThat(posts.postsOf(account.id())).as("current posts end").isEmpty();
		assertThat(posts.historyOf(account.id())).as("history stays").hasSize(1);
		assertThat(open.get("/workbench").statusCode()).as("the open session ended").isEqualTo(302);
		assertThat(new BrowserlessSession(port).login(name, "Qinchuan@2026")).contains("/login?error");

		accounts.reactivate(name, "sysadmin");
		assertThat(new BrowserlessSession(port).login(name, "Qinchuan@2026")).endsWith("/workbench");
	}

	@Test
	@Transactional
	void the_last_active_security_administrator_stays_and_nobody_deactivates_themselves() {
		List<String> holders = jdbc.queryForList(
				"SELECT a.username FROM identity_account a JOIN identity_account_role r "
						+ "ON r.account_id = a.id WHERE r.role = 'SECURITY_ADMIN' AND a.active ORDER BY a.username",
				String.class);
		for (String holder : holders.subList(0, holders.size() - 1)) {
			platformAccounts.deactivate(holder);
		}
		String last = holders.get(holders.size() - 1);

		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> platformAccounts.deactivate(last))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.lastAdministrator"));
		String unitAdmin = UnitAdministrator.appoint(units, platformAccounts).username();
		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> accounts.deactivate(unitAdmin, unitAdmin))
			.as("a unit administrator holds a role she may not give (单位管理员 is given by the system administrator)")
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.holdsRoleBeyondActor"));
		assertThatExceptionOfType(AccountRefused.class).isThrownBy(() -> accounts.deactivate("sysadmin", "sysadmin"))
			.as("an administrator's account is not changed on the web, their own neither")
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.administratorAccount"));
		assertThat(accounts.find(last).orElseThrow().active()).isTrue();
	}

}
