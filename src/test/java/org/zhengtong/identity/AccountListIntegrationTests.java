package org.zhengtong.identity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 账户管理 through the shared list builder: filters (text, kind, unit, status, role),
 * sortable columns, pages whose count is the rows across them, the data scope of a 单位管理员
 * in the list and in its export, and an Excel export holding exactly the rows and columns
 * of the filtered list, audited in words.
 */
@IntegrationTest
class AccountListIntegrationTests {

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
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	String tag;

	UUID bureau;

	UUID other;

	String admin;

	/**
	 * In the bureau: a1…a5 (a2 locked; a4 deactivated, which leaves the unit); elsewhere:
	 * x1.
	 */
	@BeforeEach
	void fiveInABureauAndOneElsewhere() {
		tag = "h13" + UUID.randomUUID().toString().substring(0, 6);
		bureau = unit("秦川市列表局" + tag);
		other = unit("秦川市别的局" + tag);
		for (int i = 1; i <= 5; i++) {
			platformAccounts.createStaff(tag + "a" + i, "列表" + (6 - i), new StaffPost(bureau, null, "科员", true, null));
		}
		platformAccounts.createStaff(tag + "x1", "外局", new StaffPost(other, null, "科员", true, null));
		jdbc.update("UPDATE identity_account SET failed_attempts = 5, locked_until = ? WHERE username = ?",
				Timestamp.from(clock.instant().plusSeconds(900)), tag + "a2");
		platformAccounts.deactivate(tag + "a4");
		admin = "adm" + tag;
		platformAccounts.createStaff(admin, "单位管理员", new StaffPost(bureau, null, "科长", true, null));
		platformAccounts.grant(admin, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT, bureau, Set.of()));
	}

	@Test
	void the_list_filters_sorts_and_pages_with_a_count_equal_to_the_rows_across_its_pages() {
		AccountFilter mine = AccountFilter.text(tag.toUpperCase());
		List<String> seen = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			PageOf<AccountView> shown = accounts.list(mine, AccessScope.everything(), null, page, 2);
			assertThat(shown.total()).as("the same count on every page").isEqualTo(7);
			assertThat(shown.pages()).isEqualTo(4);
			shown.items().forEach((account) -> seen.add(account.username()));
		}
		assertThat(seen).as("each once, by user name")
			.containsExactly("adm" + tag, tag + "a1", tag + "a2", tag + "a3", tag + "a4", tag + "a5", tag + "x1");
		assertThat(accounts.list(mine, AccessScope.everything(), null, 99, 2).page()).as("past the last: the last")
			.isEqualTo(3);

		assertThat(usernames(new AccountFilter(tag, null, bureau, null, null), ListSort.descending("username")))
			.as("a deactivated account has left its unit")
			.containsExactly(tag + "a5", tag + "a3", tag + "a2", tag + "a1", "adm" + tag);
		assertThat(usernames(new AccountFilter(tag + "a", null, null, null, null), ListSort.ascending("name")))
			.as("by name: 列表1 is a5")
			.containsExactly(tag + "a5", tag + "a4", tag + "a3", tag + "a2", tag + "a1");
		assertThat(usernames(new AccountFilter(tag, null, null, AccountFilter.Status.LOCKED, null), null))
			.containsExactly(tag + "a2");
		assertThat(usernames(new AccountFilter(tag, null, null, AccountFilter.Status.INACTIVE, null), null))
			.containsExactly(tag + "a4");
		assertThat(usernames(new AccountFilter(tag, null, bureau, AccountFilter.Status.ACTIVE, null), null))
			.containsExactly("adm" + tag, tag + "a1", tag + "a3", tag + "a5");
		assertThat(usernames(new AccountFilter(tag, null, null, null, IdentityRoles.UNIT_ADMIN.code()), null))
			.containsExactly("adm" + tag);
		assertThat(usernames(new AccountFilter(tag, AccountKind.CITIZEN, null, null, null), null)).isEmpty();
		assertThat(usernames(new AccountFilter("列表", null, other, null, null), null)).isEmpty();
		assertThat(accounts.count(AccountFilter.text(tag + "%"), AccessScope.everything())).as("% matches itself")
			.isZero();

		assertThat(accounts.search(tag, AccessScope.everything(), 3)).as("pickers still get a limited search")
			.extracting(AccountView::username)
			.containsExactly("adm" + tag, tag + "a1", tag + "a2");
	}

	@Test
	void the_page_shows_the_count_sorts_by_a_heading_and_ignores_a_sort_it_does_not_offer() throws Exception {
		String page = body(mvc.get().uri("/admin/accounts?q={q}&sort=-username", tag).with(as("sysadmin")).exchange());
		assertThat(page).contains("共 7 个账户", "aria-sort=\"descending\"", "已锁定", "已停用",
				"/admin/accounts/export.xlsx?q=" + tag + "&amp;sort=-username");
		assertThat(page.indexOf(tag + "x1")).isLessThan(page.indexOf(tag + "a1"));

		String odd = body(mvc.get()
			.uri("/admin/accounts?q={q}&sort={sort}", tag, "display_name; DROP TABLE identity_account")
			.with(as("sysadmin"))
			.exchange());
		assertThat(odd.indexOf(tag + "a1")).as("by user name").isLessThan(odd.indexOf(tag + "x1"));

		String filtered = body(
				mvc.get().uri("/admin/accounts?q={q}&status=LOCKED", tag).with(as("sysadmin")).exchange());
		assertThat(filtered).contains("共 1 个账户", tag + "a2").doesNotContain(tag + "a1", tag + "a3");
	}

	@Test
	void a_unit_administrator_lists_and_exports_only_the_accounts_of_their_unit() throws Exception {
		AccessScope scope = scopes.of(admin, "account.manage", null);
		assertThat(accounts.list(AccountFilter.text(tag), scope, null, 0, 50).items()).extracting(AccountView::username)
			.containsExactly("adm" + tag, tag + "a1", tag + "a2", tag + "a3", tag + "a5");
		String page = body(mvc.get().uri("/admin/accounts?q={q}", tag).with(as(admin)).exchange());
		assertThat(page).contains("共 5 个账户", tag + "a5").doesNotContain(tag + "x1");
		assertThat(body(mvc.get().uri("/admin/accounts?unit={u}", other).with(as(admin)).exchange()))
			.as("another unit asked for by hand")
			.contains("共 0 个账户");

		List<List<String>> rows = sheet(mvc.get().uri("/admin/accounts/export.xlsx").with(as(admin)).exchange());
		assertThat(rows.subList(1, rows.size())).extracting((row) -> row.get(0))
			.as("every account of the unit, no other")
			.contains("adm" + tag, tag + "a1", tag + "a5")
			.doesNotContain(tag + "x1", "sysadmin")
			.hasSize((int) accounts.count(AccountFilter.all(), scope));
	}

	@Test
	void an_export_holds_exactly_the_rows_and_columns_of_the_filtered_list_and_is_audited() throws Exception {
		MvcTestResult excel = mvc.get()
			.uri("/admin/accounts/export.xlsx?q={q}&kind=STAFF&sort=-username", tag)
			.with(as("sysadmin"))
			.exchange();
		assertThat(excel).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<List<String>> rows = sheet(excel);
		assertThat(rows.get(0)).containsExactly("用户名", "姓名", "类型", "单位", "角色", "状态");
		String unitName = ("秦川市列表局" + tag).substring(0, 6);
		String otherName = ("秦川市别的局" + tag).substring(0, 6);
		assertThat(rows.subList(1, rows.size())).containsExactly(
				List.of(tag + "x1", "外局", "工作人员", otherName, "工作人员", "在用"),
				List.of(tag + "a5", "列表1", "工作人员", unitName, "工作人员", "在用"),
				List.of(tag + "a4", "列表2", "工作人员", "", "工作人员", "已停用"),
				List.of(tag + "a3", "列表3", "工作人员", unitName, "工作人员", "在用"),
				List.of(tag + "a2", "列表4", "工作人员", unitName, "工作人员", "已锁定"),
				List.of(tag + "a1", "列表5", "工作人员", unitName, "工作人员", "在用"),
				List.of("adm" + tag, "单位管理员", "工作人员", unitName, "工作人员、单位管理员", "在用"));

		List<AuditEntry> exported = audit
			.search(new AuditQuery(null, null, "sysadmin", "identity.accounts-exported", null, null), 0, 1);
		assertThat(exported).singleElement()
			.extracting(AuditEntry::summary)
			.isEqualTo("导出账户列表（Excel）7 个，条件：用户名或姓名含 " + tag + "，类型 工作人员，按 用户名降序");
	}

	private List<String> usernames(AccountFilter filter, ListSort sort) {
		return accounts.list(filter, AccessScope.everything(), sort, 0, 50)
			.items()
			.stream()
			.map(AccountView::username)
			.toList();
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<List<String>> sheet(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < 6; i++) {
					cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private UUID unit(String name) {
		return units
			.create(null, UnitKind.DEPARTMENT,
					new UnitNames(name, name.substring(0, 6), "List Test " + name.length(), null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
	}

}
