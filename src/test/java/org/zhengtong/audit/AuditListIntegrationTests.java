package org.zhengtong.audit;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The auditor's list through the shared list builder: filters, sortable columns, pages
 * with an honest count, and an Excel export holding exactly the rows and columns the
 * filtered list shows.
 */
@IntegrationTest
class AuditListIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditManagement audit;

	@Autowired
	Clock clock;

	@Autowired
	org.zhengtong.identity.PlatformAccounts accounts;

	@Autowired
	org.zhengtong.organization.UnitManagement units;

	@Autowired
	org.zhengtong.identity.AccountManagement people;

	String actor;

	String auditor;

	List<AuditEntry> recorded;

	/**
	 * Seven entries of one actor: actions b, a, c, a, b, a, c; every third one denied.
	 */
	@BeforeEach
	void sevenEntriesOfOneActor() {
		actor = "lister-" + UUID.randomUUID();
		auditor = "auditor-" + UUID.randomUUID();
		String[] actions = { "h7.b", "h7.a", "h7.c", "h7.a", "h7.b", "h7.a", "h7.c" };
		for (int i = 0; i < actions.length; i++) {
			AuditableEvent event = AuditableEvent.succeeded(clock.instant(), actor, actions[i], "article",
					Integer.toString(40 + i), "第 " + (i + 1) + " 条");
			audit.record(i % 3 == 2 ? event.withOutcome(Outcome.DENIED) : event);
		}
		recorded = audit.list(byActor(null), ListSort.ascending("id"), 0, 200).items();
		assertThat(recorded).hasSize(7);
	}

	@Test
	void the_list_filters_sorts_pages_and_counts() {
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page < 3; page++) {
			PageOf<AuditEntry> shown = audit.list(byActor(null), null, page, 3);
			assertThat(shown.total()).as("the same count on every page").isEqualTo(7);
			assertThat(shown.pages()).isEqualTo(3);
			shown.items().forEach((entry) -> seen.add(entry.id()));
		}
		assertThat(seen).as("every entry once, newest first")
			.containsExactlyElementsOf(
					recorded.stream().map(AuditEntry::id).sorted(Comparator.reverseOrder()).toList());
		PageOf<AuditEntry> past = audit.list(byActor(null), null, 99, 3);
		assertThat(past.page()).as("a page past the last shows the last").isEqualTo(2);
		assertThat(past.items()).extracting(AuditEntry::id).containsExactly(recorded.get(0).id());

		List<AuditEntry> byAction = audit.list(byActor(null), ListSort.ascending("action"), 0, 200).items();
		assertThat(byAction).extracting(AuditEntry::summary)
			.as("by action, ties in the order of the ids")
			.containsExactly("第 2 条", "第 4 条", "第 6 条", "第 1 条", "第 5 条", "第 3 条", "第 7 条");

		AuditQuery denied = new AuditQuery(null, null, actor, null, Outcome.DENIED, null);
		assertThat(audit.count(denied)).isEqualTo(2);
		assertThat(audit.list(denied, null, 0, 50).items()).extracting(AuditEntry::summary)
			.containsExactly("第 6 条", "第 3 条");
		assertThat(audit.count(byActor("h7.a"))).as("an action's start").isEqualTo(3);
		assertThat(audit.count(byActor("h7_"))).as("_ matches itself, not any character").isZero();
	}

	@Test
	void the_page_sorts_by_a_column_and_ignores_a_sort_it_does_not_offer() throws Exception {
		MvcTestResult page = mvc.get().uri("/admin/audit?actor={actor}&sort=-action", actor).with(auditor()).exchange();
		assertThat(page).hasStatusOk();
		String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(body).contains("共 7 条", "aria-sort=\"descending\"");
		assertThat(body.indexOf("第 3 条")).as("c before b before a").isLessThan(body.indexOf("第 1 条"));
		assertThat(body.indexOf("第 1 条")).isLessThan(body.indexOf("第 2 条"));

		MvcTestResult odd = mvc.get()
			.uri("/admin/audit?actor={actor}&sort={sort}", actor, "summary; DROP TABLE audit_entry")
			.with(auditor())
			.exchange();
		assertThat(odd).hasStatusOk();
		String oddBody = odd.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(oddBody.indexOf("第 7 条")).as("newest first").isLessThan(oddBody.indexOf("第 1 条"));
	}

	@Test
	void an_export_holds_exactly_the_rows_and_columns_of_the_filtered_list() throws Exception {
		MvcTestResult excel = mvc.get()
			.uri("/admin/audit/export.xlsx?actor={actor}&outcome=SUCCESS&sort=action", actor)
			.with(auditor())
			.exchange();

		assertThat(excel).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		List<AuditEntry> listed = audit
			.list(new AuditQuery(null, null, actor, null, Outcome.SUCCESS, null), ListSort.ascending("action"), 0, 200)
			.items();
		assertThat(listed).hasSize(5);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(workbook.getSheetName(0)).isEqualTo("安全审计");
			assertThat(texts(sheet.getRow(0))).containsExactly("编号", "时间", "操作人", "地址", "操作", "对象", "结果", "摘要", "变更前",
					"变更后");
			assertThat(sheet.getLastRowNum()).as("the list's rows, no more").isEqualTo(listed.size());
			for (int i = 0; i < listed.size(); i++) {
				Row row = sheet.getRow(i + 1);
				AuditEntry entry = listed.get(i);
				assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
				assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(entry.id());
				assertThat(row.getCell(1).getStringCellValue()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
				assertThat(row.getCell(2).getStringCellValue()).isEqualTo(actor);
				assertThat(row.getCell(4).getStringCellValue()).isEqualTo(entry.action());
				assertThat(row.getCell(5).getStringCellValue()).as("the object's type in words")
					.isEqualTo("稿件 " + entry.objectId());
				assertThat(row.getCell(6).getStringCellValue()).as("as the page shows it").isEqualTo("成功");
				assertThat(row.getCell(7).getStringCellValue()).isEqualTo(entry.summary());
			}
		}
		List<AuditEntry> exported = audit.search(new AuditQuery(null, null, auditor, "audit.export", null, null), 0, 1);
		assertThat(exported).singleElement()
			.extracting(AuditEntry::summary)
			.isEqualTo("导出审计日志（Excel）5 条，条件：人员 " + actor + "，结果 成功，按 操作升序");
	}

	@Test
	void a_person_is_found_by_name_and_shown_by_name_with_the_account_name_beside() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 4);
		String name = TestStaff.staff(accounts, TestStaff.unit(units, "审计局", "Audit Bureau"), "cj", "陈静" + tag,
				"Secret-2026!");
		audit.record(AuditableEvent.succeeded(clock.instant(), name, "identity.login", null, null, "登录成功"));

		assertThat(audit.list(person("陈静" + tag), null, 0, 50).items())
			.as("searching the person's name finds their entries")
			.extracting(AuditEntry::actor)
			.containsOnly(name);
		assertThat(audit.count(person(name.toUpperCase()))).as("and their account name, in any case")
			.isEqualTo(audit.count(new AuditQuery(null, null, name, null, null, null)))
			.isPositive();
		assertThat(audit.count(new AuditQuery(null, null, "陈静" + tag, null, null, null)))
			.as("an exact actor (as 我的账户 asks for its own logins) is never matched by name")
			.isZero();

		String body = page("/admin/audit?actor=" + java.net.URLEncoder.encode("陈静" + tag, StandardCharsets.UTF_8));
		assertThat(body).contains("陈静" + tag, name, "<td>登录</td>").doesNotContain(">identity.login<");
	}

	@Test
	void an_object_is_found_and_shown_by_its_name_not_its_uuid() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 4);
		String name = TestStaff.staff(accounts, TestStaff.unit(units, "统计局", "Statistics Bureau"), "zm", "赵敏" + tag,
				"Secret-2026!");
		UUID id = people.find(name).orElseThrow().id();
		audit.record(AuditableEvent.succeeded(clock.instant(), auditor, "identity.account-unlocked", "account",
				id.toString(), "解锁账户"));

		List<AuditEntry> found = audit
			.list(new AuditQuery(null, null, null, "identity.account-unlocked", null, "赵敏" + tag), null, 0, 50)
			.items();
		assertThat(found).singleElement().satisfies((entry) -> {
			assertThat(entry.objectId()).isEqualTo(id.toString());
			assertThat(entry.objectLabel()).isEqualTo("赵敏" + tag);
		});
		assertThat(audit.count(new AuditQuery(null, null, null, "identity.account-unlocked", null, id.toString())))
			.as("the id still finds it")
			.isEqualTo(1);

		String body = page("/admin/audit?object=" + java.net.URLEncoder.encode("赵敏" + tag, StandardCharsets.UTF_8));
		assertThat(body).contains("账户 赵敏" + tag, "<td>解锁账户</td>").doesNotContain("account " + id);
	}

	@Test
	void actions_are_chosen_from_a_list_of_names_and_match_exactly() throws Exception {
		String body = page("/admin/audit");
		assertThat(body).contains("<select id=\"action\" name=\"action\">",
				"<option value=\"identity.login\">登录</option>",
				"<option value=\"content.revision-published\">发布稿件</option>");
		audit.record(AuditableEvent.succeeded(clock.instant(), actor, "identity.login-refused", null, null, "拒绝"));
		audit.record(AuditableEvent.succeeded(clock.instant(), actor, "identity.login", null, null, "登录成功"));
		assertThat(audit.count(new AuditQuery(null, null, actor, "identity.login", null, null)))
			.as("登录 is not also 登录被拒绝")
			.isEqualTo(1);
		assertThat(audit.count(new AuditQuery(null, null, actor, "identity.", null, null)))
			.as("a module's actions by their start")
			.isEqualTo(2);
	}

	@Test
	void a_from_date_after_the_to_date_is_refused_with_a_message() throws Exception {
		String body = page("/admin/audit?actor=" + actor + "&from=2026-12-03&to=2026-12-01");
		assertThat(body).contains("起始日期 2026-12-03 晚于截止日期 2026-12-01", "role=\"alert\"", "共 0 条");
		assertThat(mvc.get().uri("/admin/audit/export.xlsx?from=2026-12-03&to=2026-12-01").with(auditor()).exchange())
			.as("no export of an impossible range")
			.hasStatus3xxRedirection();
	}

	@Test
	void pages_are_numbered() throws Exception {
		for (int i = 0; i < 110; i++) {
			audit.record(AuditableEvent.succeeded(clock.instant(), actor, "identity.login", null, null, "登录 " + i));
		}
		String body = page("/admin/audit?actor=" + actor + "&page=1");
		assertThat(body).contains("aria-current=\"page\">2</span>", ">1</a>", ">3</a>", "rel=\"next\"", "rel=\"prev\"")
			.contains("actor=" + actor + "&amp;sort=-id&amp;page=2");
		assertThat(org.zhengtong.shared.PageNumbers.of(new PageOf<>(List.of(), 4000, 40, 50)).numbers())
			.as("first, a gap, the current page's neighbours, a gap, last")
			.containsExactly(0, -1, 38, 39, 40, 41, 42, -1, 79);
	}

	@Test
	void staff_without_audit_read_are_refused_the_search() {
		assertThat(mvc.get()
			.uri("/admin/audit?actor=陈静")
			.with(user("editor-" + UUID.randomUUID())
				.authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "ROLE_EDITOR", "content.edit")))
			.exchange()).hasStatus(403);
	}

	private static AuditQuery person(String person) {
		return new AuditQuery(null, null, null, null, null, null, person);
	}

	private String page(String uri) throws Exception {
		MvcTestResult result = mvc.get().uri(java.net.URI.create(uri)).with(auditor()).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private AuditQuery byActor(String action) {
		return new AuditQuery(null, null, actor, action, null, null);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private RequestPostProcessor auditor() {
		return user(auditor).authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "audit.read"));
	}

}
