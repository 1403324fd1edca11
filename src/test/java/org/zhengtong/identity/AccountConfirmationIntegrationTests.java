package org.zhengtong.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 账户管理 as an administrator uses it: the list pages and filters by kind and unit on the
 * page; 重设密码 and 停用账户 ask once more on a page naming the person, and a POST without that
 * confirmation changes nothing; buttons that would be refused are not shown, and the
 * server refuses them all the same.
 */
@IntegrationTest
class AccountConfirmationIntegrationTests {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	String tag;

	UUID bureau;

	String clerk;

	@BeforeEach
	void aBureauWithAClerk() {
		tag = "cf" + UUID.randomUUID().toString().substring(0, 6);
		bureau = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市确认测试局" + tag, "确认测试局", "Confirm Bureau", null), null,
					0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		clerk = tag + "clerk";
		platformAccounts.create(clerk, "周确认", AccountKind.STAFF, null, PASSWORD, false);
		platformAccounts.grant(clerk, IdentityRoles.STAFF);
		platformAccounts.appoint(clerk, new StaffPost(bureau, null, "科员", true, null));
	}

	@Test
	void the_list_pages_and_filters_by_kind_and_unit() throws Exception {
		for (int i = 0; i < 50; i++) {
			platformAccounts.create(tag + "p" + String.format("%02d", i), "分页" + i, AccountKind.CITIZEN, null, PASSWORD,
					false);
		}
		platformAccounts.create(tag + "firm", "秦川确认科技有限公司", AccountKind.ENTERPRISE, null, PASSWORD, false);

		String first = body(mvc.get().uri("/admin/accounts?q={q}", tag).with(as("sysadmin")).exchange());
		assertThat(first).contains("共 52 个账户", "账户（第 1 / 2 页）", tag + "clerk", tag + "p00").doesNotContain(tag + "p49");
		String second = body(mvc.get().uri("/admin/accounts?q={q}&page=1", tag).with(as("sysadmin")).exchange());
		assertThat(second).contains("账户（第 2 / 2 页）", tag + "p49").doesNotContain(tag + "p00<");

		assertThat(body(mvc.get().uri("/admin/accounts?q={q}&kind=CITIZEN", tag).with(as("sysadmin")).exchange()))
			.contains("共 50 个账户")
			.doesNotContain(tag + "firm", tag + "clerk");
		assertThat(body(mvc.get().uri("/admin/accounts?q={q}&kind=ENTERPRISE", tag).with(as("sysadmin")).exchange()))
			.contains("共 1 个账户", tag + "firm")
			.doesNotContain(tag + "clerk", tag + "p00");
		assertThat(body(mvc.get().uri("/admin/accounts?q={q}&kind=STAFF", tag).with(as("sysadmin")).exchange()))
			.contains("共 1 个账户", tag + "clerk");
		assertThat(body(mvc.get().uri("/admin/accounts?unit={u}", bureau).with(as("sysadmin")).exchange()))
			.as("by unit")
			.contains("共 1 个账户", tag + "clerk")
			.doesNotContain(tag + "firm");
	}

	@Test
	void resetting_a_password_asks_once_more_naming_the_person_and_does_nothing_without_it() throws Exception {
		String hash = passwordHash(clerk);
		String list = body(mvc.get().uri("/admin/accounts?q={q}", clerk).with(as("sysadmin")).exchange());
		assertThat(list).as("the list links to the question, it does not post")
			.contains("href=\"/admin/accounts/" + clerk + "/reset-password\"")
			.doesNotContain("action=\"/admin/accounts/" + clerk + "/reset-password\"");

		String question = body(
				mvc.get().uri("/admin/accounts/{u}/reset-password", clerk).with(as("sysadmin")).exchange());
		assertThat(question).contains("重设周确认（" + clerk + "）的密码？", "确认测试局", "原密码随即失效",
				"name=\"confirmed\" value=\"true\"", "确认重设密码", "取消，返回账户", "name=\"_csrf\"");

		MvcTestResult unconfirmed = mvc.post()
			.uri("/admin/accounts/{u}/reset-password", clerk)
			.with(as("sysadmin"))
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/accounts/" + clerk + "/reset-password");
		assertThat(unconfirmed).flash().doesNotContainKey("oneTimePassword");
		assertThat(passwordHash(clerk)).as("nothing changed").isEqualTo(hash);

		MvcTestResult confirmed = mvc.post()
			.uri("/admin/accounts/{u}/reset-password", clerk)
			.param("confirmed", "true")
			.with(as("sysadmin"))
			.with(csrf())
			.exchange();
		assertThat(confirmed).hasRedirectedUrl("/admin/accounts/" + clerk);
		assertThat(confirmed).flash().containsKey("oneTimePassword");
		assertThat(passwordHash(clerk)).isNotEqualTo(hash);
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.count(new AuditQuery(null, null, "sysadmin", "identity.password-reset", null, null)))
				.isPositive());
	}

	@Test
	void deactivating_asks_once_more_naming_the_person_and_does_nothing_without_it() throws Exception {
		String detail = body(mvc.get().uri("/admin/accounts/{u}", clerk).with(as("sysadmin")).exchange());
		assertThat(detail).contains("href=\"/admin/accounts/" + clerk + "/deactivate\"")
			.doesNotContain("action=\"/admin/accounts/" + clerk + "/deactivate\"");
		assertThat(body(mvc.get().uri("/admin/accounts/{u}/deactivate", clerk).with(as("sysadmin")).exchange()))
			.contains("停用周确认（" + clerk + "）的账户？", "不能再登录", "确认停用", "name=\"confirmed\" value=\"true\"");

		MvcTestResult unconfirmed = mvc.post()
			.uri("/admin/accounts/{u}/deactivate", clerk)
			.with(as("sysadmin"))
			.with(csrf())
			.exchange();
		assertThat(unconfirmed).hasRedirectedUrl("/admin/accounts/" + clerk + "/deactivate");
		assertThat(accounts.find(clerk).orElseThrow().active()).as("still active").isTrue();

		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/deactivate", clerk)
			.param("confirmed", "true")
			.with(as("sysadmin"))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "account.admin.deactivated");
		assertThat(accounts.find(clerk).orElseThrow().active()).isFalse();
	}

	@Test
	void those_who_may_not_are_refused_and_offered_nothing_they_could_not_do() throws Exception {
		// Staff without 账户管理: refused the question and the action.
		RequestPostProcessor plain = as(clerk);
		assertThat(mvc.get().uri("/admin/accounts/{u}/reset-password", "sysadmin").with(plain).exchange())
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/deactivate", "sysadmin")
			.param("confirmed", "true")
			.with(plain)
			.with(csrf())
			.exchange()).hasStatus(403);
		assertThat(accounts.find("sysadmin").orElseThrow().active()).isTrue();

		// A unit administrator: another unit's account does not exist for her.
		UnitAdministrator lina = UnitAdministrator.appoint(units, platformAccounts);
		assertThat(mvc.get().uri("/admin/accounts/{u}/reset-password", clerk).with(lina.session()).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/admin/accounts/{u}/deactivate", clerk).with(lina.session()).exchange())
			.hasStatus(404);

		// A colleague holding a role she may not give: no buttons, a page saying why, a
		// refusal.
		String editor = tag + "editor";
		platformAccounts.createStaff(editor, "吴编辑", new StaffPost(lina.unit(), null, "科员", true, null));
		platformAccounts.grant(editor, ContentRoles.EDITOR);
		String colleague = tag + "colleague";
		platformAccounts.createStaff(colleague, "郑同事", new StaffPost(lina.unit(), null, "科员", true, null));
		String list = body(mvc.get().uri("/admin/accounts?q={q}", tag).with(lina.session()).exchange());
		assertThat(list).contains("/admin/accounts/" + colleague + "/reset-password")
			.doesNotContain("/admin/accounts/" + editor + "/reset-password");
		assertThat(body(mvc.get().uri("/admin/accounts/{u}", editor).with(lina.session()).exchange())).doesNotContain(
				"/admin/accounts/" + editor + "/reset-password", "/admin/accounts/" + editor + "/deactivate");
		assertThat(body(mvc.get().uri("/admin/accounts/{u}/deactivate", editor).with(lina.session()).exchange()))
			.contains("持有您无权授予的角色")
			.doesNotContain("name=\"confirmed\"");
		String hash = passwordHash(editor);
		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/reset-password", editor)
			.param("confirmed", "true")
			.with(lina.session())
			.with(csrf())
			.exchange()).flash().containsEntry("error", "account.refused.holdsRoleBeyondActor");
		assertThat(passwordHash(editor)).isEqualTo(hash);

		// The three administrators: no buttons on the list, the question answers why.
		String admins = body(mvc.get().uri("/admin/accounts?q=secadmin").with(as("sysadmin")).exchange());
		assertThat(admins).contains("secadmin").doesNotContain("/admin/accounts/secadmin/reset-password\"");
		assertThat(body(mvc.get().uri("/admin/accounts/secadmin/reset-password").with(as("sysadmin")).exchange()))
			.contains("这是三员账户，不能在网页上更改")
			.doesNotContain("name=\"confirmed\"");
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String passwordHash(String username) {
		return jdbc
			.queryForObject("SELECT p.hash FROM identity_password p JOIN identity_account a ON a.id = p.account_id "
					+ "WHERE lower(a.username) = lower(?)", String.class, username);
	}

}
