package org.zhengtong.audit;

import java.io.ByteArrayInputStream;
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
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo("article " + entry.objectId());
				assertThat(row.getCell(6).getStringCellValue()).as("as the page shows it").isEqualTo("成功");
				assertThat(row.getCell(7).getStringCellValue()).isEqualTo(entry.summary());
			}
		}
		List<AuditEntry> exported = audit.search(new AuditQuery(null, null, auditor, "audit.export", null, null), 0, 1);
		assertThat(exported).singleElement()
			.extracting(AuditEntry::summary)
			.isEqualTo("导出审计日志（Excel）5 条，条件：操作人 " + actor + "，结果 成功，按 操作升序");
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
