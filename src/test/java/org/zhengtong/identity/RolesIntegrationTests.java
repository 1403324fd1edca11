package org.zhengtong.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class RolesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_security_administrator_gives_and_takes_roles_and_two_administrator_roles_are_refused() {
		String name = "role" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(name, "周七", AccountKind.STAFF, null, "Qinchuan@2026", false);

		MvcTestResult granted = mvc.post()
			.uri("/admin/roles/{u}/grant", name)
			.param("role", "AUDIT_ADMIN")
			.with(securityAdmin())
			.with(csrf())
			.exchange();
		assertThat(granted).flash().containsEntry("success", "role.granted");
		assertThat(accounts.find(name).orElseThrow().roles()).contains(IdentityRoles.AUDIT_ADMIN);

		MvcTestResult refused = mvc.post()
			.uri("/admin/roles/{u}/grant", name)
			.param("role", "SYSTEM_ADMIN")
			.with(securityAdmin())
			.with(csrf())
			.exchange();
		assertThat(refused).flash().containsEntry("error", "account.refused.twoAdministratorRoles");
		assertThat(accounts.find(name).orElseThrow().roles()).doesNotContain(IdentityRoles.SYSTEM_ADMIN);

		mvc.post()
			.uri("/admin/roles/{u}/revoke", name)
			.param("role", "AUDIT_ADMIN")
			.with(securityAdmin())
			.with(csrf())
			.exchange();
		assertThat(accounts.find(name).orElseThrow().roles()).doesNotContain(IdentityRoles.AUDIT_ADMIN);
		assertThat(mvc.get().uri("/admin/roles?q={q}", name).with(securityAdmin()).exchange()).bodyText()
			.contains(name, "授予");
	}

	@Test
	@Transactional
	void the_last_holder_of_an_administrator_role_keeps_it() {
		List<String> holders = jdbc.queryForList(
				"SELECT a.username FROM identity_account a JOIN identity_account_role r "
						+ "ON r.account_id = a.id WHERE r.role = 'SECURITY_ADMIN' AND a.active ORDER BY a.username",
				String.class);
		for (String holder : holders.subList(0, holders.size() - 1)) {
			platformAccounts.revoke(holder, IdentityRoles.SECURITY_ADMIN);
		}
		String last = holders.get(holders.size() - 1);

		assertThatExceptionOfType(AccountRefused.class)
			.isThrownBy(() -> platformAccounts.revoke(last, IdentityRoles.SECURITY_ADMIN))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.lastAdministrator"));
		assertThat(accounts.find(last).orElseThrow().roles()).contains(IdentityRoles.SECURITY_ADMIN);
	}

	private static RequestPostProcessor securityAdmin() {
		return user("secadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "role.manage"));
	}

}
