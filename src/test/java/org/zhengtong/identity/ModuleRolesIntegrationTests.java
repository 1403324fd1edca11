package org.zhengtong.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Roles come from modules: content's 网站编辑 and pki's RA operator are declared outside
 * identity and granted like identity's own; a code nobody declares, a role for another
 * kind of account and a second role of an exclusive group are refused by the service and
 * by the database; pages and messages name roles, never their codes.
 */
@IntegrationTest
class ModuleRolesIntegrationTests {

	private static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^?]*\\?\\?");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	Roles roles;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void modules_declare_their_roles_and_the_database_knows_them() {
		assertThat(roles.all()).contains(IdentityRoles.SYSTEM_ADMIN, IdentityRoles.CITIZEN, ContentRoles.EDITOR,
				ContentRoles.SITE_ADMIN, PkiRoles.RA_OPERATOR);
		assertThat(roles.administrators()).containsExactlyInAnyOrderElementsOf(IdentityRoles.THREE_ADMINISTRATORS);
		for (Role role : roles.all()) {
			Map<String, Object> row = jdbc.queryForMap(
					"SELECT array_to_string(held_by, ',') AS held_by, exclusive_group, administrator, declared "
							+ "FROM identity_role WHERE code = ?",
					role.code());
			assertThat(Set.of(row.get("held_by").toString().split(","))).as(role.code())
				.isEqualTo(role.heldBy().stream().map(AccountKind::name).collect(java.util.stream.Collectors.toSet()));
			assertThat(row.get("exclusive_group")).as(role.code()).isEqualTo(role.exclusiveGroup());
			assertThat(row.get("administrator")).as(role.code()).isEqualTo(role.administrator());
			assertThat(row.get("declared")).as(role.code()).isEqualTo(true);
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				String name = name(role, locale);
				assertThat(name).as(role.code() + " in " + locale).isNotBlank().isNotEqualTo(role.code());
			}
		}
		assertThat(name(ContentRoles.EDITOR, Locale.SIMPLIFIED_CHINESE)).isEqualTo("网站编辑");
		assertThat(name(IdentityRoles.CITIZEN, Locale.ENGLISH)).isEqualTo("Citizen");
	}

	@Test
	void content_declares_the_editor_role_and_a_granted_editor_may_edit() {
		String editor = staff("editor");
		MvcTestResult granted = mvc.post()
			.uri("/admin/accounts/{u}/roles/grant", editor)
			.param("role", "EDITOR")
			.with(real("sysadmin"))
			.with(csrf())
			.exchange();
		assertThat(granted).flash().containsEntry("success", "role.granted");
		Object[] arguments = (Object[]) granted.getMvcResult().getFlashMap().get("successArguments");
		assertThat(messages.getMessage("role.granted", arguments, Locale.SIMPLIFIED_CHINESE)).contains("网站编辑")
			.doesNotContain("EDITOR");
		assertThat(accounts.find(editor).orElseThrow().roles()).contains(ContentRoles.EDITOR);
		assertThat(users.loadUserByUsername(editor).getAuthorities()).extracting(Object::toString)
			.contains("ROLE_EDITOR", "content.edit");
		assertThat(mvc.get().uri("/workbench/articles").with(real(editor)).exchange()).hasStatusOk();
		assertThat(jdbc
			.queryForObject("SELECT summary FROM audit_entry WHERE action = 'identity.role-granted' AND summary LIKE ? "
					+ "ORDER BY id DESC LIMIT 1", String.class, "%" + editor + "%"))
			.contains("网站编辑")
			.doesNotContain("EDITOR");

		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/roles/revoke", editor)
			.param("role", "EDITOR")
			.with(real("sysadmin"))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "role.revoked");
		assertThat(accounts.find(editor).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);
	}

	@Test
	void a_role_nobody_declares_is_refused_by_the_service_the_page_and_the_database() {
		String target = staff("undeclared");
		assertThatExceptionOfType(AccountRefused.class)
			.isThrownBy(() -> accounts.grant(target, Role.declare("MAGICIAN", "account.manage"), "sysadmin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.undeclaredRole"));
		assertThatExceptionOfType(AccountRefused.class).as("a look-alike of a declared role giving more")
			.isThrownBy(() -> accounts.grant(target, ContentRoles.EDITOR.withPermissions("audit.read"), "sysadmin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.undeclaredRole"));
		assertThat(mvc.post()
			.uri("/admin/accounts/{u}/roles/grant", target)
			.param("role", "MAGICIAN")
			.with(real("sysadmin"))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "account.refused.undeclaredRole");
		assertThat(accounts.find(target).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);

		UUID id = accounts.find(target).orElseThrow().id();
		assertThatExceptionOfType(DataIntegrityViolationException.class).as("no such role in identity_role")
			.isThrownBy(() -> insertGrant(id, "MAGICIAN"));
		String retired = "RETIRED_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		jdbc.update("INSERT INTO identity_role (code, held_by, declared) VALUES (?, ARRAY['STAFF'], FALSE)", retired);
		assertThatExceptionOfType(DataIntegrityViolationException.class).as("a role no module declares any more")
			.isThrownBy(() -> insertGrant(id, retired));
	}

	@Test
	void a_module_role_for_staff_is_refused_to_a_citizen_by_the_service_and_the_database() {
		String citizen = "citizen" + UUID.randomUUID().toString().substring(0, 8);
		platformAccounts.create(citizen, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		platformAccounts.grant(citizen, IdentityRoles.CITIZEN);
		assertThatExceptionOfType(AccountRefused.class)
			.isThrownBy(() -> accounts.grant(citizen, ContentRoles.EDITOR, "sysadmin"))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("account.refused.roleNotForKind"));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGrant(accounts.find(citizen).orElseThrow().id(), "EDITOR"));
		assertThat(accounts.find(citizen).orElseThrow().roles()).containsExactly(IdentityRoles.CITIZEN);
	}

	@Test
	void the_database_keeps_an_exclusive_group_exclusive_whatever_the_code_writes() {
		String target = staff("exclusive");
		UUID id = accounts.find(target).orElseThrow().id();
		insertGrant(id, "AUDIT_ADMIN");
		jdbc.update("UPDATE identity_account_role SET exclusive_group = NULL WHERE account_id = ? AND role = ?", id,
				"AUDIT_ADMIN");
		assertThat(jdbc.queryForObject(
				"SELECT exclusive_group FROM identity_account_role WHERE account_id = ? AND role = 'AUDIT_ADMIN'",
				String.class, id))
			.as("the group is the role's, never the writer's")
			.isEqualTo(IdentityRoles.ADMINISTRATORS);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> insertGrant(id, "SECURITY_ADMIN"));
		jdbc.update("DELETE FROM identity_account_role WHERE account_id = ? AND role = 'AUDIT_ADMIN'", id);
	}

	@Test
	void account_pages_and_role_pickers_name_roles_never_codes() throws Exception {
		// One account holding each staff role, one citizen and one enterprise.
		UUID unit = TestStaff.unit(units, "角色页面局", "Role Pages Bureau");
		List<String> holders = new ArrayList<>();
		String editor = null;
		for (Role role : roles.all()) {
			if (role.fits(AccountKind.STAFF) && !role.equals(IdentityRoles.STAFF)) {
				String holder = TestStaff.staff(platformAccounts, unit, "page", "角色页面", "Qinchuan@2026");
				platformAccounts.grant(holder, new RoleGrant(role, role.defaultScope(),
						role.equals(IdentityRoles.UNIT_ADMIN) ? unit : null, Set.of()));
				holders.add(holder);
				editor = role.equals(ContentRoles.EDITOR) ? holder : editor;
			}
		}
		String citizen = "pagecitizen" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.create(citizen, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		platformAccounts.grant(citizen, IdentityRoles.CITIZEN);
		String enterprise = "pagefirm" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.create(enterprise, "秦川示例公司", AccountKind.ENTERPRISE, null, "Qinchuan@2026", false);
		platformAccounts.grant(enterprise, IdentityRoles.ENTERPRISE);

		List<String> pages = new ArrayList<>();
		for (String locale : List.of("zh-CN", "en")) {
			for (String q : List.of("", "page", citizen, enterprise)) {
				pages.add(visible(page("/admin/accounts?q=" + q, "sysadmin", locale)));
			}
			for (String holder : holders) {
				pages.add(visible(page("/admin/accounts/" + holder, "sysadmin", locale)));
				pages.add(visible(page("/account", holder, locale)));
			}
			pages.add(visible(page("/admin/roles?q=page", "secadmin", locale)));
		}
		Pattern codes = Pattern
			.compile("\\b(" + String.join("|", roles.all().stream().map(Role::code).toList()) + ")\\b");
		for (String text : pages) {
			assertThat(UNRESOLVED.matcher(text).find()).as("an unresolved message in: " + text).isFalse();
			Matcher code = codes.matcher(text);
			assertThat(code.find()).as("a role code in: " + text).isFalse();
		}
		String detail = visible(page("/admin/accounts/" + editor, "sysadmin", "zh-CN"));
		assertThat(detail).contains("网站编辑", "工作人员");
		assertThat(visible(page("/admin/accounts/" + editor, "sysadmin", "en"))).contains("Editor", "Staff");
		assertThat(visible(page("/admin/accounts?q=" + citizen, "sysadmin", "zh-CN"))).contains("个人用户");
		assertThat(visible(page("/admin/accounts?q=" + enterprise, "sysadmin", "en"))).contains("Enterprise");
		assertThat(visible(page("/admin/roles?q=page", "secadmin", "zh-CN"))).contains("证书注册审核员", "安全审计员");
	}

	private String page(String uri, String username, String locale) throws Exception {
		MvcTestResult result = mvc.get()
			.uri(uri)
			.cookie(new jakarta.servlet.http.Cookie("zt-lang", locale))
			.with(real(username))
			.exchange();
		assertThat(result).as(uri + " as " + username).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * What a reader sees or hears: the text between tags and the labels read aloud (not
	 * the values of form fields, which may carry codes).
	 */
	private static String visible(String html) {
		String body = html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ");
		StringBuilder text = new StringBuilder(body.replaceAll("(?s)<[^>]*>", " "));
		Matcher labels = Pattern.compile("(?i)\\b(aria-label|title|alt|placeholder)=\"([^\"]*)\"").matcher(body);
		while (labels.find()) {
			text.append(' ').append(labels.group(2));
		}
		return Arrays.stream(text.toString().replace("&quot;", "\"").replace("&amp;", "&").split("\\s+"))
			.filter((word) -> !word.isEmpty())
			.reduce((a, b) -> a + " " + b)
			.orElse("");
	}

	private String name(Role role, Locale locale) {
		try {
			return messages.getMessage(role.nameKey(), null, locale);
		}
		catch (NoSuchMessageException ex) {
			return "";
		}
	}

	private void insertGrant(UUID account, String role) {
		jdbc.update("INSERT INTO identity_account_role (account_id, role, scope, granted_at, granted_by) "
				+ "VALUES (?, ?, 'ALL', now(), 'test')", account, role);
	}

	private String staff(String prefix) {
		UUID unit = TestStaff.unit(units, "角色声明局", "Declared Roles Bureau");
		return TestStaff.staff(platformAccounts, unit, prefix, "角色测试", "Qinchuan@2026");
	}

	private RequestPostProcessor real(String username) {
		return user(users.loadUserByUsername(username));
	}

}
