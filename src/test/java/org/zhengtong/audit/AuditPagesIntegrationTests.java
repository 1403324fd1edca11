package org.zhengtong.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.audit.internal.Tampering;
import org.zhengtong.platform.DatabaseOwner;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class AuditPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditManagement audit;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void the_auditor_reads_searches_and_verifies_the_log() {
		String actor = "clerk-" + UUID.randomUUID();
		audit.record(AuditableEvent.succeeded(Instant.now(), actor, "calendar.day-set", "calendar_day", "2099-02-02",
				"设置 2099-02-02 为放假（测试）"));

		MvcTestResult page = mvc.get().uri("/admin/audit?actor={actor}", actor).with(auditor()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("<h1>安全审计</h1>", "共 1 条", "calendar.day-set", "设置 2099-02-02 为放假（测试）");

		MvcTestResult verified = mvc.post().uri("/admin/audit/verify").with(auditor()).with(csrf()).exchange();
		assertThat(verified).hasStatus3xxRedirection();
		assertThat(verified).flash().containsEntry("success", "audit.verify.intact");
		assertThat(audit.search(new AuditQuery(null, null, "auditor", "audit.verify", null, null), 0, 1))
			.as("verifying is itself audited")
			.isNotEmpty();
	}

	@Test
	void the_page_lists_every_break_not_only_the_first() {
		long first = record("页面原文一");
		record("页面原文二");
		long second = record("页面原文三");

		MvcTestResult verified = new Tampering(owner).whileChanged(
				"UPDATE audit_entry SET summary = '改一' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '改三' WHERE id = " + second,
				"UPDATE audit_entry SET summary = '页面原文一' WHERE id = " + first
						+ "; UPDATE audit_entry SET summary = '页面原文三' WHERE id = " + second,
				() -> mvc.post().uri("/admin/audit/verify").with(auditor()).with(csrf()).exchange());

		assertThat(verified).flash().containsEntry("error", "audit.verify.broken");
		// Following the redirect in the same session (Spring Session keeps the flash
		// attributes).
		jakarta.servlet.http.Cookie session = verified.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		MvcTestResult page = mvc.get().uri("/admin/audit").cookie(session).with(auditor()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("完整性验证发现的问题", "entry " + first + ": content does not match",
					"entry " + second + ": content does not match");
	}

	@Test
	void the_export_is_csv_excel_reads_with_formulas_defused() throws Exception {
		String actor = "export-" + UUID.randomUUID();
		audit.record(AuditableEvent.succeeded(Instant.now(), actor, "test.export", null, null, "=HYPERLINK(\"x\")"));

		MvcTestResult export = mvc.get().uri("/admin/audit/export.csv?actor={actor}", actor).with(auditor()).exchange();

		assertThat(export).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		String csv = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF编号,时间,操作人").contains(actor, "\"'=HYPERLINK(\"\"x\"\")\"");

		MvcTestResult excel = mvc.get().uri("/admin/audit/export.xlsx?actor={actor}", actor).with(auditor()).exchange();
		assertThat(excel).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(excel.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("操作人");
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(actor);
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("摘要");
			assertThat(sheet.getRow(1).getCell(7).getCellType()).as("text, never a formula")
				.isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
		}
	}

	@Test
	void a_formula_with_a_line_break_in_it_is_defused_in_the_csv_export_too() throws Exception {
		String actor = "export-" + UUID.randomUUID();
		audit.record(AuditableEvent.succeeded(Instant.now(), actor, "test.export", null, null,
				"=HYPERLINK(\"http://evil.example/\",\"点此\")\n第二行"));
		audit.record(AuditableEvent.succeeded(Instant.now(), actor, "test.export", null, null, "@SUM(1)\r\n-2"));

		MvcTestResult export = mvc.get().uri("/admin/audit/export.csv?actor={actor}", actor).with(auditor()).exchange();

		String csv = export.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"点此\"\")\n第二行\"", "\"'@SUM(1)\r\n-2\"");
		assertThat(csv).doesNotContain(",\"=HYPERLINK", ",\"@SUM");
	}

	@Test
	void staff_without_audit_read_are_refused_and_the_refusal_is_audited() {
		String clerk = "nosy-" + UUID.randomUUID();
		for (MvcTestResult refused : List.of(mvc.get().uri("/admin/audit").with(user(clerk)).exchange(),
				mvc.get().uri("/admin/audit/export.csv").with(user(clerk)).exchange(),
				mvc.post().uri("/admin/audit/verify").with(user(clerk)).with(csrf()).exchange())) {
			assertThat(refused).hasStatus(403);
		}
		// An administrator of the calendar is not the auditor either (三员分立).
		assertThat(mvc.get()
			.uri("/admin/audit")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.exchange()).hasStatus(403);

		assertThat(
				audit.search(new AuditQuery(null, null, clerk, "security.access-denied", Outcome.DENIED, null), 0, 10))
			.hasSize(3)
			.allSatisfy((entry) -> assertThat(entry.summary()).startsWith("拒绝访问："));
	}

	@Test
	void a_failed_login_is_audited_with_its_address() {
		String name = "guess-" + UUID.randomUUID();

		mvc.post().uri("/login").param("username", name).param("password", "123456").with(csrf()).with((request) -> {
			request.setRemoteAddr("198.51.100.23");
			return request;
		}).exchange();

		List<AuditEntry> entries = audit.search(new AuditQuery(null, null, name, "identity.login", null, null), 0, 10);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0).outcome()).isEqualTo(Outcome.FAILED);
		assertThat(entries.get(0).address()).isEqualTo("198.51.100.23");
	}

	@Test
	void a_calendar_change_reaches_the_log_with_before_and_after() {
		mvc.post()
			.uri("/workbench/calendar/2093/days")
			.param("day", "2093-10-01")
			.param("kind", "HOLIDAY")
			.param("name", "国庆节")
			.with(user("sysadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "calendar.edit")))
			.with(csrf())
			.exchange();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> !audit
				.search(new AuditQuery(null, null, "sysadmin", "calendar.day-set", null, "2093-10-01"), 0, 1)
				.isEmpty());
		AuditEntry entry = audit
			.search(new AuditQuery(null, null, "sysadmin", "calendar.day-set", null, "2093-10-01"), 0, 1)
			.get(0);
		assertThat(entry.summary()).isEqualTo("设置 2093-10-01 为放假（国庆节）");
		assertThat(entry.before()).isNull();
		assertThat(entry.after()).isEqualTo("放假（国庆节）");
	}

	private long record(String summary) {
		AuditableEvent event = AuditableEvent.succeeded(Instant.now(), "tester", "test.page", null, null, summary);
		audit.record(event);
		return jdbc.queryForObject("SELECT id FROM audit_entry WHERE event_id = ?", Long.class, event.id());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor auditor() {
		return user("auditor").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "audit.read"));
	}

}
