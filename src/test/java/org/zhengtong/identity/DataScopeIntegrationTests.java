package org.zhengtong.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 数据权限: a 单位管理员 of one bureau reaches that bureau's accounts and nothing else — in the
 * list query, on every account page (404 outside), and in the service itself (refused and
 * audited); the roles they may give are only those they hold; and a person with a
 * concurrent post (兼职) works in the scope of the post in use.
 */
@IntegrationTest
class DataScopeIntegrationTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccessScopes scopes;

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@Autowired
	AuditManagement audit;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	UUID bureau;

	UUID office;

	UUID other;

	String admin;

	String inBureau;

	String inOffice;

	String elsewhere;

	@BeforeEach
	void bureauWithAnOfficeUnderItAndAnotherBureau() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		bureau = unit(null, "秦川市数据权限局" + tag);
		office = unit(bureau, "数据权限局直属中心" + tag);
		other = unit(null, "秦川市另一局" + tag);
		admin = staff("scopeadmin" + tag, bureau);
		platformAccounts.grant(admin, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, bureau, Set.of()));
		inBureau = staff("inbureau" + tag, bureau);
		inOffice = staff("inoffice" + tag, office);
		elsewhere = staff("elsewhere" + tag, other);
	}

	@Test
	void a_unit_administrator_lists_and_opens_only_the_accounts_of_their_unit() {
		MvcTestResult list = mvc.get().uri("/admin/accounts").with(as(admin)).exchange();
		assertThat(list).hasStatusOk();
		assertThat(list).bodyText().contains(inBureau).doesNotContain(elsewhere, inOffice, "sysadmin");
		assertThat(accounts.search("", scopes.of(admin, "account.manage", null), 500)).extracting(AccountView::username)
			.contains(admin, inBureau)
			.doesNotContain(elsewhere, inOffice, "sysadmin");

		assertThat(mvc.get().uri("/admin/accounts/{u}", inBureau).with(as(admin)).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/admin/accounts/{u}", elsewhere).with(as(admin)).exchange()).hasStatus(404);
		assertThat(
				mvc.post().uri("/admin/accounts/{u}/reset-password", elsewhere).with(as(admin)).with(csrf()).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/admin/accounts/{u}", elsewhere).with(as("sysadmin")).exchange())
			.as("the system administrator reaches every account")
			.hasStatusOk();
	}

	@Test
	void the_service_refuses_a_change_outside_the_scope_and_audits_the_refusal() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> accounts.resetPassword(elsewhere, admin));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> accounts.createStaff("intruder" + UUID.randomUUID().toString().substring(0, 6), "外单位人员",
					new StaffPost(other, null, "科员", true, null), admin));

		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, admin, "identity.password-reset", Outcome.DENIED, null), 0, 5))
				.as("the refusal is audited")
				.hasSize(1));
		assertThat(accounts.resetPassword(inBureau, admin)).as("inside the scope it works").hasSize(16);
	}

	@Test
	void a_unit_administrator_cannot_give_a_role_they_do_not_hold() {
		MvcTestResult refused = mvc.post()
			.uri("/admin/accounts/{u}/roles/grant", inBureau)
			.param("role", "SYSTEM_ADMIN")
			.with(as(admin))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(accounts.find(inBureau).orElseThrow().roles()).containsExactly(IdentityRoles.STAFF);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> accounts.grant(inBureau,
				new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, bureau, Set.of()), admin));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, admin, "identity.role-granted", Outcome.DENIED, null), 0, 5))
				.hasSize(2));

		MvcTestResult appointed = mvc.post()
			.uri("/admin/accounts/{u}/roles/grant", inBureau)
			.param("role", "UNIT_ADMIN")
			.param("unit", bureau.toString())
			.with(as("sysadmin"))
			.with(csrf())
			.exchange();
		assertThat(appointed).flash().containsEntry("success", "role.granted");
		assertThat(accounts.find(inBureau).orElseThrow().grants())
			.contains(new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, bureau, Set.of()));
	}

	@Test
	void the_scope_follows_the_post_in_use() {
		platformAccounts.appoint(inBureau, new StaffPost(other, null, "联络员", false, null));
		PostView concurrent = posts.postsOf(accounts.find(inBureau).orElseThrow().id())
			.stream()
			.filter((post) -> !post.principal())
			.findFirst()
			.orElseThrow();

		assertThat(scopes.of(inBureau, "ROLE_STAFF", null).units()).as("the 编制 post by default")
			.containsExactly(bureau);
		assertThat(scopes.of(inBureau, "ROLE_STAFF", other).units()).containsExactly(other);

		accounts.changePassword(inBureau, accounts.resetPassword(inBureau, "sysadmin"), "Qinchuan@2026x");
		BrowserlessSession session = new BrowserlessSession(port);
		session.login(inBureau, "Qinchuan@2026x");
		assertThat(session.get("/account").body()).contains("当前岗位：" + unitName(bureau));

		session.post("/account/post", Map.of("post", concurrent.id().toString()));
		assertThat(session.get("/account").body()).as("the session works in the concurrent post")
			.contains("当前岗位：" + concurrent.label(), "已切换到岗位");

		PostView notTheirs = posts.postsOf(accounts.find(elsewhere).orElseThrow().id()).get(0);
		session.post("/account/post", Map.of("post", notTheirs.id().toString()));
		assertThat(session.get("/account").body()).contains("只能切换到您本人当前担任的岗位", "当前岗位：" + concurrent.label());
	}

	private String unitName(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).orElseThrow().names().shortName();
	}

	@Test
	void moving_to_another_unit_ends_the_old_post_and_takes_the_account_out_of_the_old_scope() {
		platformAccounts.appoint(inBureau, new StaffPost(other, null, "科员", true, null));

		AccountView moved = accounts.find(inBureau).orElseThrow();
		assertThat(moved.unitId()).isEqualTo(other);
		assertThat(posts.historyOf(moved.id())).extracting(PostView::unitId, PostView::current)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(other, true),
					org.assertj.core.groups.Tuple.tuple(bureau, false));
		assertThat(mvc.get().uri("/admin/accounts/{u}", inBureau).with(as(admin)).exchange()).hasStatus(404);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private UUID unit(UUID parent, String name) {
		return units
			.create(parent, UnitKind.DEPARTMENT,
					new UnitNames(name, name.substring(0, 6), "Scope Test " + name.length(), null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

	private String staff(String username, UUID unit) {
		platformAccounts.createStaff(username, "范围测试", new StaffPost(unit, null, "科员", true, null));
		return username;
	}

}
