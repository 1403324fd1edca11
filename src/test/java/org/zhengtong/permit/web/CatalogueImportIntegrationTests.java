package org.zhengtong.permit.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Audience;
import org.zhengtong.permit.FieldType;
import org.zhengtong.permit.GuideState;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PermitTheme;
import org.zhengtong.permit.internal.CatalogueImportService;
import org.zhengtong.permit.internal.CatalogueImportService.ImportProblem;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.GuideField;
import org.zhengtong.permit.internal.Guides;
import org.zhengtong.permit.internal.PermitItem;
import org.zhengtong.permit.internal.PermitItems;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 事项导入 as a department's 事项管理员 does it: the template filled in imports its items as draft
 * guides with everything the rows say; a workbook with any wrong row imports nothing and
 * the report names sheet, row and column of each problem; people who manage no items are
 * refused, and another person's import does not exist for them.
 */
@IntegrationTest
class CatalogueImportIntegrationTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogueImportService imports;

	@Autowired
	JobManagement jobs;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	@Autowired
	UnitManagement units;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	UUID own;

	String ownName;

	UUID other;

	String otherName;

	String manager;

	String tag;

	@BeforeEach
	void department() {
		own = TestStaff.unit(units, "导入局", "Import Bureau");
		other = TestStaff.unit(units, "并联局", "Joint Bureau");
		ownName = units.find(own, java.time.LocalDate.now()).orElseThrow().names().fullName();
		otherName = units.find(other, java.time.LocalDate.now()).orElseThrow().names().fullName();
		manager = TestStaff.withRole(accounts, own, "im", "事项管理员", PermitRoles.ITEM_MANAGER);
		tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	@Test
	void the_filled_in_template_imports_every_item_as_a_draft_guide() throws IOException {
		byte[] template = mvc.get()
			.uri("/workbench/permit/imports/template.xlsx")
			.with(as(manager))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		byte[] workbook;
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			assertThat(book.getSheet("说明")).isNotNull();
			// the example row, with this test's code and department
			Row example = book.getSheet("事项").getRow(1);
			example.getCell(0).setCellValue("T" + tag + "-001");
			example.getCell(3).setCellValue(ownName);
			book.getSheet("材料").getRow(1).getCell(0).setCellValue("T" + tag + "-001");
			book.getSheet("表单").getRow(1).getCell(0).setCellValue("T" + tag + "-001");
			// a joint item for enterprises and citizens, the other department by its
			// short name
			row(book.getSheet("事项"), 2, "T" + tag + "-002", "开办旅馆一件事", "", ownName, "个人和法人", "准营准办", "45", "15", "",
					"20元", "《某某收费标准》", "《旅馆业治安管理办法》第四条", "同时符合两项许可的条件。", "1. 申请；2. 并联审查。", "政务服务中心一楼", "029-8733 9999",
					"工作日 9:00–17:00", "否", "是", otherName, "special-trade", "开宾馆、旅馆一件事");
			row(book.getSheet("材料"), 2, "T" + tag + "-002", "联合申请表", "是", "原件1份", "");
			row(book.getSheet("材料"), 3, "T" + tag + "-002", "委托书", "否", "原件1份", "委托办理时提交");
			row(book.getSheet("表单"), 2, "T" + tag + "-002", "rooms", "客房数", "数字", "是", "", "500", "");
			row(book.getSheet("表单"), 3, "T" + tag + "-002", "kind", "旅馆类别", "选项", "是", "宾馆、民宿、招待所", "", "");
			row(book.getSheet("表单"), 4, "T" + tag + "-002", "staff", "从业人员", "表格", "否", "姓名、岗位", "", "");
			row(book.getSheet("表单"), 5, "T" + tag + "-002", "opening", "开业日期", "日期", "否", "", "", "");
			book.write(out);
			workbook = out.toByteArray();
		}

		JobView job = upload(manager, workbook);

		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.outcome()).contains("已导入 2 个事项");
		PermitItem example = items.findByCode("T" + tag + "-001").orElseThrow();
		assertThat(example.departmentId()).isEqualTo(own);
		assertThat(example.audience()).isEqualTo(Audience.ENTERPRISE);
		assertThat(example.theme()).isEqualTo(PermitTheme.OPERATING_LICENCE);
		Guide first = guides.findByItemIdOrderByRevisionDesc(example.id()).get(0);
		assertThat(first.state()).isEqualTo(GuideState.DRAFT);
		assertThat(first.draftedBy()).isEqualTo(manager);
		assertThat(first.name()).isEqualTo("示例许可事项");
		assertThat(first.fee()).as("不收费").isNull();
		assertThat(first.legalDays()).isEqualTo(20);
		assertThat(first.promisedDays()).isEqualTo(10);
		assertThat(first.limitKind()).isEqualTo(LimitKind.SINGLE);
		assertThat(first.online()).isTrue();
		assertThat(first.synonyms()).isEqualTo("示例别名\n另一个别名");
		assertThat(first.materials()).singleElement().satisfies((m) -> assertThat(m.formNote()).isEqualTo("原件1份"));

		PermitItem joint = items.findByCode("T" + tag + "-002").orElseThrow();
		Guide hotel = guides.findByItemIdOrderByRevisionDesc(joint.id()).get(0);
		assertThat(joint.audience()).isEqualTo(Audience.BOTH);
		assertThat(hotel.state()).isEqualTo(GuideState.DRAFT);
		assertThat(hotel.joint()).isTrue();
		assertThat(hotel.limitKind()).as("blank for a joint item").isEqualTo(LimitKind.JOINT);
		assertThat(hotel.jointDepartments()).containsExactly(other);
		assertThat(hotel.fee()).isEqualTo("20元");
		assertThat(hotel.online()).isFalse();
		assertThat(hotel.licenceType()).isEqualTo("special-trade");
		assertThat(hotel.materials()).extracting((m) -> m.name() + ":" + m.required())
			.containsExactly("联合申请表:true", "委托书:false");
		assertThat(hotel.fields()).extracting(GuideField::key, GuideField::type, GuideField::required)
			.containsExactly(Tuple.tuple("rooms", FieldType.NUMBER, true), Tuple.tuple("kind", FieldType.CHOICE, true),
					Tuple.tuple("staff", FieldType.TABLE, false), Tuple.tuple("opening", FieldType.DATE, false));
		assertThat(hotel.fields().get(0).maxValue()).isEqualTo(500L);
		assertThat(hotel.fields().get(1).choices()).containsExactly("宾馆", "民宿", "招待所");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'permit.item-imported' AND actor = ? "
						+ "AND outcome = 'SUCCESS' AND object_id IN (?, ?) AND unit_id = ?")
				.params(manager, "T" + tag + "-001", "T" + tag + "-002", own.toString())
				.query(Long.class)
				.single() == 2);
		assertThat(mvc.get().uri("/workbench/permit/imports").with(as(manager)).exchange()).bodyText()
			.contains("事项导入", "已导入 2 个事项");
	}

	@Test
	void one_wrong_row_imports_nothing_and_every_problem_names_sheet_row_and_column() throws IOException {
		String existing = "T" + tag + "-OLD";
		// the catalogue already holds an item under this code
		jdbc.sql("INSERT INTO permit_item (code, department_id, audience, theme, created_by, created_at) "
				+ "VALUES (?, ?, 'CITIZEN', 'OTHER', 'test', now())")
			.params(existing, own)
			.update();
		List<List<String>> itemRows = new ArrayList<>();
		itemRows.add(item("T" + tag + "-GOOD", ownName, "20", "10", "否", "")); // row 2:
																				// fine
		itemRows.add(item("T" + tag + "-LATE", ownName, "20", "25", "否", "")); // 3: 承诺 >
																				// 法定
		itemRows.add(item("T" + tag + "-NOWHERE", "没有这个局" + tag, "20", "10", "否", "")); // 4
		itemRows.add(item("T" + tag + "-THEIRS", otherName, "20", "10", "否", "")); // 5:
																					// not
																					// theirs
		itemRows.add(item("坏 编码", ownName, "20", "10", "否", "")); // 6: bad code
		itemRows.add(item("T" + tag + "-GOOD", ownName, "20", "10", "否", "")); // 7:
																				// duplicate
		itemRows.add(item(existing, ownName, "20", "10", "否", "")); // 8: in the catalogue
		List<String> theme = item("T" + tag + "-THEME", ownName, "20", "10", "否", "");
		theme.set(5, "娱乐休闲");
		itemRows.add(theme); // 9: unknown theme
		itemRows.add(item("T" + tag + "-JOINT", ownName, "45", "15", "是", "")); // 10: no
																				// others
		List<List<String>> materialRows = new ArrayList<>();
		for (List<String> row : itemRows) {
			materialRows.add(List.of(row.get(0), "申请书", "是", "原件1份", ""));
		}
		materialRows.add(List.of("T" + tag + "-GHOST", "申请书", "是", "原件1份", "")); // 材料 row
																					// 12
		List<List<String>> fieldRows = List.of(List.of("T" + tag + "-GOOD", "kind", "类别", "选项", "是", "", "", ""),
				List.of("T" + tag + "-GOOD", "name", "名称", "文本", "是", "", "", ""),
				List.of("T" + tag + "-GOOD", "name", "名称二", "文本", "是", "", "", ""));

		JobView job = upload(manager, workbook(itemRows, materialRows, fieldRows));

		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.outcome()).contains("什么都没有导入");
		List<ImportProblem> problems = imports.problems(job.id());
		assertThat(problems).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
			.contains(Tuple.tuple("事项", 3, "承诺时限"), Tuple.tuple("事项", 4, "实施部门"), Tuple.tuple("事项", 5, "实施部门"),
					Tuple.tuple("事项", 6, "事项编码"), Tuple.tuple("事项", 7, "事项编码"), Tuple.tuple("事项", 8, "事项编码"),
					Tuple.tuple("事项", 9, "主题"), Tuple.tuple("事项", 10, "并联部门"), Tuple.tuple("材料", 11, "事项编码"),
					Tuple.tuple("表单", 2, "选项"), Tuple.tuple("表单", 4, "字段键"))
			.doesNotContain(Tuple.tuple("事项", 2, "事项编码"));
		assertThat(problems).extracting(ImportProblem::message)
			.contains("承诺时限 25 个工作日超过了法定时限 20 个工作日。", "事项编码“T" + tag + "-GOOD”在本文件第 2 行已经出现。",
					"你不是“" + otherName + "”的事项管理员，不能导入该部门的事项。")
			.anySatisfy((message) -> assertThat(message).contains("没有名为“没有这个局" + tag + "”的单位"))
			.anySatisfy((message) -> assertThat(message).contains("已在事项目录中"))
			.anySatisfy((message) -> assertThat(message).contains("主题“娱乐休闲”无法识别"));
		assertThat(items.findByCode("T" + tag + "-GOOD")).as("nothing half-imported").isEmpty();

		assertThat(mvc.get().uri("/workbench/permit/imports/{id}", job.id()).with(as(manager)).exchange()).bodyText()
			.contains("错误报告", "承诺时限 25 个工作日超过了法定时限 20 个工作日。");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'permit.catalogue-import' AND actor = ? "
						+ "AND outcome = 'FAILED'")
				.param(manager)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void staff_who_manage_no_items_are_refused_and_nobody_sees_another_persons_import() throws IOException {
		String clerk = TestStaff.withRole(accounts, own, "pc", "窗口受理员", PermitRoles.PERMIT_CLERK);
		byte[] workbook = workbook(List.of(item("T" + tag + "-X", ownName, "20", "10", "否", "")),
				List.of(List.of("T" + tag + "-X", "申请书", "是", "", "")), List.of());
		MvcTestResult refused = mvc.post()
			.uri("/workbench/permit/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "items.xlsx", XLSX, workbook))
			.with(as(clerk))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(403);
		assertThat(mvc.get().uri("/workbench/permit/imports").with(as(clerk)).exchange()).hasStatus(403);

		// an item manager without a post manages no department: refused, audited, no job
		String postless = "im" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(postless, "无岗位", AccountKind.STAFF, null, "Qinchuan@2026", false);
		accounts.grant(postless, IdentityRoles.STAFF);
		accounts.grant(postless, PermitRoles.ITEM_MANAGER);
		MvcTestResult denied = mvc.post()
			.uri("/workbench/permit/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "items.xlsx", XLSX, workbook))
			.with(as(postless))
			.with(csrf())
			.exchange();
		assertThat(denied).hasRedirectedUrl("/workbench/permit/imports");
		assertThat(denied).flash().containsEntry("error", "permit.import.refused.notItemManager");
		assertThat(jobs.recent(postless, 10)).isEmpty();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'permit.catalogue-import' AND actor = ? "
						+ "AND outcome = 'DENIED'")
				.param(postless)
				.query(Long.class)
				.single() == 1);

		JobView mine = upload(manager, workbook);
		assertThat(mine.status()).isEqualTo(JobStatus.SUCCEEDED);
		String colleague = TestStaff.withRole(accounts, own, "im", "事项管理员", PermitRoles.ITEM_MANAGER);
		assertThat(mvc.get().uri("/workbench/permit/imports/{id}", mine.id()).with(as(colleague)).exchange())
			.hasStatus(404);
	}

	@Test
	void a_file_that_is_not_a_workbook_is_refused_before_any_job_starts() {
		MvcTestResult refused = mvc.post()
			.uri("/workbench/permit/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "items.xlsx", "application/octet-stream",
					new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }))
			.with(as(manager))
			.with(csrf())
			.exchange();
		assertThat(refused).hasRedirectedUrl("/workbench/permit/imports");
		assertThat(refused).flash().containsEntry("error", "files.refused.type");
		assertThat(jobs.recent(manager, 10)).isEmpty();
	}

	private List<String> item(String code, String department, String legal, String promised, String joint,
			String others) {
		return new ArrayList<>(List.of(code, "测试事项", "", department, "法人", "准营准办", legal, promised, "", "不收费", "",
				"《中华人民共和国行政许可法》第十二条", "条件", "流程", "政务服务中心", "029-8733 0000", "工作日", "是", joint, others, "", ""));
	}

	private JobView upload(String username, byte[] workbook) {
		MvcTestResult started = mvc.post()
			.uri("/workbench/permit/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "items.xlsx", XLSX, workbook))
			.with(as(username))
			.with(csrf())
			.exchange();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workbench/permit/imports/");
		UUID id = UUID.fromString(location.substring("/workbench/permit/imports/".length()));
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> jobs.find(id, username).orElseThrow(), (job) -> job.status().finished());
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static byte[] workbook(List<List<String>> itemRows, List<List<String>> materialRows,
			List<List<String>> fieldRows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("事项"), itemRows);
			fill(workbook.createSheet("材料"), materialRows);
			fill(workbook.createSheet("表单"), fieldRows);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, List<List<String>> rows) {
		sheet.createRow(0).createCell(0).setCellValue("标题");
		for (int r = 0; r < rows.size(); r++) {
			row(sheet, r + 1, rows.get(r).toArray(String[]::new));
		}
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}

}
