package org.zhengtong.identity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.pki.PkiRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 15, "one administrator takes over the others", "unit administrators create staff"
 * and "reserved names": nobody acts on an account that may do more than they, the three
 * administrators are not changed on the web at all, and a refusal changes nothing but
 * leaves a DENIED audit entry.
 */
@IntegrationTest
class AdministratorSeparationIntegrationTests {

	/** Every action on /admin/accounts/{username}/… that changes the account. */
	static final List<String> ACTIONS = List.of("reset-password", "unlock", "deactivate", "certificate-only");

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

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void no_administrator_changes_another_administrators_account_on_the_web() {
		for (String target : List.of("secadmin", "auditadmin")) {
			String hash = passwordHash(target);
			for (String action : ACTIONS) {
				MvcTestResult refused = mvc.post()
					.uri("/admin/accounts/{u}/" + action, target)
					.param("enabled", "true")
					.param("confirmed", "true")
					.with(sysadmin())
					.with(csrf())
					.exchange();
				assertThat(refused).as(action + " " + target)
					.flash()
					.containsEntry("error", "account.refused.administratorAccount")
					.doesNotContainKey("oneTimePassword");
			}
			AccountView after = accounts.find(target).orElseThrow();
			assertThat(passwordHash(target)).as("the password of " + target + " is what it was").isEqualTo(hash);
			assertThat(after.active()).isTrue();
			assertThat(after.certificateOnly()).isFalse();
		}
		awaitDenied("sysadmin", "identity.password-reset");
		assertThat(mvc.get().uri("/admin/accounts/secadmin").with(sysadmin()).exchange()).bodyText()
			.as("the page says why and offers nothing that would be refused")
			.contains("这是三员账户，不能在网页上更改")
			.doesNotContain("/admin/accounts/secadmin/posts\"", "/admin/accounts/secadmin/roles/",
					"/admin/accounts/secadmin/reset-password", "/admin/accounts/secadmin/certificate-only");
	}

	@Test
	void a_unit_administrator_cannot_take_over_a_colleague_holding_a_role_she_may_not_give() {
		UnitAdministrator lina = UnitAdministrator.appoint(units, platformAccounts);
		UUID unit = lina.unit();
		String editor = name("editor");
		platformAccounts.createStaff(editor, "网站编辑", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(editor, ContentRoles.EDITOR);
		String hash = passwordHash(editor);

		for (String action : ACTIONS) {
			assertThat(mvc.post()
				.uri("/admin/accounts/{u}/" + action, editor)
				.param("enabled", "true")
				.param("confirmed", "true")
				.with(lina.session())
				.with(csrf())
				.exchange()).as(action).flash().containsEntry("error", "account.refused.holdsRoleBeyondActor");
		}
		assertThat(passwordHash(editor)).as("the password is what it was").isEqualTo(hash);
		assertThat(accounts.find(editor).orElseThrow().active()).isTrue();
		awaitDenied(lina.username(), "identity.password-reset");

		String plain = name("plain");
		platformAccounts.createStaff(plain, "科员", new StaffPost(unit, null, "科员", true, null));
		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/reset-password", plain)
			.param("confirmed", "true")
			.with(lina.session())
			.with(csrf())
			.exchange()).as("a colleague without such a role she still helps").flash().containsKey("oneTimePassword");
	}

	@Test
	void refusals_read_in_chinese_and_english_and_name_roles_not_codes() {
		AccountRefused refused = AccountRefused.holdsRoleBeyondActor("zhaomin", ContentRoles.EDITOR);
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("zhaomin 持有您无权授予的角色“网站编辑”，您不能对这个账户进行操作。");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
			.isEqualTo("zhaomin holds the role \"Editor\", which you may not give, so you cannot act on this account.");
		AccountRefused administrator = AccountRefused.administratorAccount("auditadmin");
		assertThat(messages.getMessage(administrator.messageKey(), administrator.arguments(), Locale.ENGLISH))
			.startsWith("auditadmin holds one of the three administrator roles")
			.contains("server's operator runs the reset-administrator command");
	}

	@Test
	void administrators_give_no_roles_to_themselves_and_staff_roles_only_to_staff() {
		MvcTestResult own = mvc.post()
			.uri("/admin/roles/secadmin/grant")
			.param("role", "RA_OPERATOR")
			.with(secadmin())
			.with(csrf())
			.exchange();
		assertThat(own).flash().containsEntry("error", "account.refused.ownRoles");
		assertThat(accounts.find("secadmin").orElseThrow().roles()).doesNotContain(PkiRoles.RA_OPERATOR);

		String citizen = name("citizen");
		platformAccounts.create(citizen, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		platformAccounts.grant(citizen, IdentityRoles.CITIZEN);
		MvcTestResult raOperator = mvc.post()
			.uri("/admin/roles/{u}/grant", citizen)
			.param("role", "RA_OPERATOR")
			.with(secadmin())
			.with(csrf())
			.exchange();
		assertThat(raOperator).flash().containsEntry("error", "account.refused.roleNotForKind");
		assertThat(accounts.find(citizen).orElseThrow().roles()).containsExactly(IdentityRoles.CITIZEN);
		awaitDenied("secadmin", "identity.role-granted");
	}

	@Test
	void the_security_administrator_still_appoints_and_retires_administrators() {
		String appointed = name("audit");
		platformAccounts.createStaff(appointed, "审计员", null);
		assertThat(mvc.post()
			.uri("/admin/roles/{u}/grant", appointed)
			.param("role", "AUDIT_ADMIN")
			.with(secadmin())
			.with(csrf())
			.exchange()).flash().containsEntry("success", "role.granted");
		assertThat(mvc.post()
			.uri("/admin/roles/{u}/grant", appointed)
			.param("role", "RA_OPERATOR")
			.with(secadmin())
			.with(csrf())
			.exchange()).as("but gives an administrator nothing more")
			.flash()
			.containsEntry("error", "account.refused.administratorAccount");
		assertThat(mvc.post()
			.uri("/admin/roles/{u}/revoke", appointed)
			.param("role", "AUDIT_ADMIN")
			.with(secadmin())
			.with(csrf())
			.exchange()).flash().containsEntry("success", "role.revoked");
		assertThat(accounts.find(appointed).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);
	}

	@Test
	void parallel_grants_of_the_three_administrator_roles_leave_one_and_refuse_the_others() throws Exception {
		String target = name("triple");
		platformAccounts.createStaff(target, "三员候选", null);
		List<Role> roles = List.of(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.SECURITY_ADMIN, IdentityRoles.AUDIT_ADMIN);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(roles.size());
		try {
			List<Future<String>> outcomes = new ArrayList<>();
			for (Role role : roles) {
				outcomes.add(threads.submit(() -> {
					start.await();
					try {
						accounts.grant(target, role, "secadmin");
						return "granted";
					}
					catch (AccountRefused refused) {
						return refused.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> answers = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				answers.add(outcome.get());
			}
			assertThat(answers).containsExactlyInAnyOrder("granted", "account.refused.twoAdministratorRoles",
					"account.refused.twoAdministratorRoles");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(accounts.find(target).orElseThrow().roles().stream().filter(Role::administrator)).hasSize(1);
	}

	@Test
	void a_unit_administrator_creates_staff_in_her_unit_with_post_and_role() {
		UnitAdministrator lina = UnitAdministrator.appoint(units, platformAccounts);
		UUID unit = lina.unit();
		String name = name("new");

		MvcTestResult created = mvc.post()
			.uri("/admin/accounts")
			.param("username", name)
			.param("displayName", "新同事")
			.param("unitId", unit.toString())
			.param("title", "科员")
			.with(lina.session())
			.with(csrf())
			.exchange();

		assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/admin/accounts/" + name);
		AccountView account = accounts.find(name).orElseThrow();
		assertThat(account.roles()).containsExactly(IdentityRoles.STAFF);
		assertThat(account.unitId()).isEqualTo(unit);
	}

	@Test
	void a_refused_creation_leaves_no_account_and_an_audit_entry() {
		UUID elsewhere = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市别处测试局", "别处测试局", "Elsewhere Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String name = name("stray");
		UnitAdministrator lina = UnitAdministrator.appoint(units, platformAccounts);

		MvcTestResult refused = mvc.post()
			.uri("/admin/accounts")
			.param("username", name)
			.param("displayName", "外单位")
			.param("unitId", elsewhere.toString())
			.param("title", "科员")
			.with(lina.session())
			.with(csrf())
			.exchange();

		assertThat(refused).hasStatus(403);
		assertThat(accounts.find(name)).as("nothing half-created").isEmpty();
		awaitDenied(lina.username(), "identity.account-created");

		MvcTestResult concurrentOnly = mvc.post()
			.uri("/admin/accounts")
			.param("username", name)
			.param("displayName", "兼职")
			.param("unitId", lina.unit().toString())
			.param("title", "科员")
			.param("principal", "false")
			.with(lina.session())
			.with(csrf())
			.exchange();

		assertThat(concurrentOnly).as("a concurrent post only: the account would be outside her unit").hasStatus(403);
		assertThat(accounts.find(name)).as("no account without a role, a post or a unit").isEmpty();
	}

	@Test
	void the_name_system_gives_no_rights() {
		String staff = name("victim");
		platformAccounts.createStaff(staff, "科员", null);

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> accounts.resetPassword(staff, AccountManagement.SYSTEM));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> accounts.grant(staff, IdentityRoles.UNIT_ADMIN, "System"));
		assertThat(accounts.find(staff).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);
	}

	@Test
	void reserved_names_are_neither_registered_nor_created() {
		String first17 = "6101131985031512" + ThreadLocalRandom.current().nextInt(10);
		String idNumber = first17 + ResidentIdNumber.checkCharacter(first17);
		for (String reserved : List.of("system", "System", "anonymous", "admin", "Administrator", "root", "platform",
				"ad-min")) {
			String[] question = RegistrationQuestions.answered(mvc);
			MvcTestResult registered = mvc.post()
				.uri("/register/citizen")
				.params(form(Map.of("realName", "王小明", "idNumber", idNumber, "mobile", "13912345678", "email", "",
						"username", reserved, "password", "Qinchuan@2026", "passwordAgain", "Qinchuan@2026",
						"questionId", question[0], "answer", question[1])))
				.with(csrf())
				.with(RegistrationQuestions.from(RegistrationQuestions.address()))
				.exchange();
			assertThat(registered).as(reserved).hasStatusOk().bodyText().contains("是平台保留的名称");
			assertThat(accounts.find(reserved)).as(reserved).isEmpty();
		}
		String[] question = RegistrationQuestions.answered(mvc);
		MvcTestResult enterprise = mvc.post()
			.uri("/register/enterprise")
			.params(form(Map.ofEntries(Map.entry("name", "秦川示例科技有限公司"),
					Map.entry("creditCode", "91619900MA0000099" + CreditCode.checkCharacter("91619900MA0000099")),
					Map.entry("email", "reserved@example.com"), Map.entry("mobile", "13812345678"),
					Map.entry("username", "SYSTEM"), Map.entry("password", "Qinchuan@2026"),
					Map.entry("passwordAgain", "Qinchuan@2026"), Map.entry("questionId", question[0]),
					Map.entry("answer", question[1]))))
			.with(csrf())
			.with(RegistrationQuestions.from(RegistrationQuestions.address()))
			.exchange();
		assertThat(enterprise).hasStatusOk().bodyText().contains("用户名 SYSTEM 是平台保留的名称");
		assertThat(accounts.find("SYSTEM")).isEmpty();

		UUID unit = UnitAdministrator.appoint(units, platformAccounts).unit();
		MvcTestResult created = mvc.post()
			.uri("/admin/accounts")
			.param("username", "Root")
			.param("displayName", "冒名")
			.param("unitId", unit.toString())
			.param("title", "科员")
			.with(sysadmin())
			.with(csrf())
			.exchange();
		assertThat(created).hasStatusOk().bodyText().contains("用户名 Root 是平台保留的名称");
		assertThat(accounts.find("root")).isEmpty();
		awaitDenied("sysadmin", "identity.account-created");
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> fields) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return form;
	}

	private void awaitDenied(String actor, String action) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(
					() -> assertThat(audit.count(new AuditQuery(null, null, actor, action, Outcome.DENIED, null)))
						.as("a DENIED entry for " + actor + " " + action)
						.isPositive());
	}

	private String passwordHash(String username) {
		return jdbc
			.queryForObject("SELECT p.hash FROM identity_password p JOIN identity_account a ON a.id = p.account_id "
					+ "WHERE lower(a.username) = lower(?)", String.class, username);
	}

	private static String name(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private static RequestPostProcessor sysadmin() {
		return user("sysadmin").authorities(
				AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_SYSTEM_ADMIN", "account.manage", "unit.manage"));
	}

	private static RequestPostProcessor secadmin() {
		return user("secadmin")
			.authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_SECURITY_ADMIN", "role.manage"));
	}

}
