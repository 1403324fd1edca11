package org.zhengtong.identity;

import java.time.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 导入单位和人员: a correct workbook creates its units (parents first) and staff with their 编制
 * posts; a workbook with any wrong row imports nothing and reports every problem by sheet
 * and row; something that is not a workbook is refused at the door.
 */
@IntegrationTest
class OrganizationImportIntegrationTests {

	@Autowired
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JobManagement jobs;

	@Autowired
	UnitManagement units;

	@Autowired
	PostManagement posts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationImport imports;

	@Test
	void a_correct_workbook_imports_units_and_staff_with_their_posts() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String bureau = "秦川市导入测试局" + tag;
		String centre = "导入测试局信息中心" + tag;
		byte[] workbook = workbook(
				List.of(List.of(bureau, "导入局" + tag, "Import Test Bureau", "秦导", "", "部门", "", "95"),
						List.of(centre, "信息中心", "Import Test Centre", "", "", "部门", bureau, "1")),
				List.of(List.of("imp1" + tag, "钱一", bureau, "", "局长", "029-8700 1111"),
						List.of("imp2" + tag, "孙二", centre, "", "科员", "")));

		JobView job = upload(workbook);

		assertThat(job.status()).as(job.outcome()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.outcome()).isEqualTo("已导入 2 个单位、2 名人员。");
		UnitView imported = unit(centre);
		assertThat(unit(bureau).id()).isEqualTo(imported.parentId());
		AccountView person = accounts.find("imp2" + tag).orElseThrow();
		assertThat(person.roles()).containsExactly(IdentityRoles.STAFF);
		assertThat(person.unitId()).isEqualTo(imported.id());
		assertThat(posts.postsOf(person.id())).extracting((post) -> post.title()).containsExactly("科员");
	}

	@Test
	void a_workbook_with_wrong_rows_imports_nothing_and_reports_each_row() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String bureau = "秦川市错误导入局" + tag;
		byte[] workbook = workbook(
				List.of(List.of(bureau, "错误局", "Wrong Import Bureau", "", "91610100MA6TGUXX0X", "部委", "", "x")),
				List.of(List.of("bad" + tag, "周三", bureau, "", "科员", ""),
						List.of("bad" + tag, "吴四", bureau, "", "科员", ""),
						List.of("x", "", "没有这个单位" + tag, "", "", "")));

		JobView job = upload(workbook);

		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.outcome()).contains("什么都没有导入");
		List<OrganizationImport.ImportProblem> problems = imports.problems(job.id());
		assertThat(problems).extracting(OrganizationImport.ImportProblem::sheet, OrganizationImport.ImportProblem::row)
			.contains(org.assertj.core.groups.Tuple.tuple("单位", 2), org.assertj.core.groups.Tuple.tuple("人员", 3),
					org.assertj.core.groups.Tuple.tuple("人员", 4));
		assertThat(problems).extracting(OrganizationImport.ImportProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("类型“部委”无法识别"))
			.anySatisfy((message) -> assertThat(message).contains("统一社会信用代码"))
			.anySatisfy((message) -> assertThat(message).contains("用户名 bad" + tag + " 已被使用"))
			.anySatisfy((message) -> assertThat(message).contains("没有这个单位" + tag));
		assertThat(units.tree(LocalDate.now(clock)).stream().map((u) -> u.names().fullName())).doesNotContain(bureau);
		assertThat(accounts.find("bad" + tag)).as("nothing half-imported").isEmpty();
		assertThat(mvc.get().uri("/admin/imports/{id}/problems", job.id()).with(admin()).exchange()).bodyText()
			.contains("错误报告", "部委");
	}

	@Test
	void a_renamed_program_is_refused_before_any_job_starts() {
		MvcTestResult refused = mvc.post()
			.uri("/admin/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "staff.xlsx", "application/octet-stream",
					new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }))
			.with(admin())
			.with(csrf())
			.exchange();
		assertThat(refused).hasRedirectedUrl("/admin/imports");
		assertThat(refused).flash().containsEntry("error", "files.refused.type");
		assertThat(mvc.get()
			.uri("/admin/imports")
			.with(user("auditadmin").authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "audit.read")))
			.exchange()).hasStatus(403);
	}

	private JobView upload(byte[] workbook) {
		MvcTestResult started = mvc.post()
			.uri("/admin/imports")
			.multipart()
			.file(new MockMultipartFile("workbook", "单位和人员.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
			.with(admin())
			.with(csrf())
			.exchange();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workbench/jobs/");
		UUID id = UUID.fromString(location.substring("/workbench/jobs/".length()));
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> jobs.find(id, "sysadmin").orElseThrow(), (job) -> job.status().finished());
	}

	private UnitView unit(String fullName) {
		return units.tree(LocalDate.now(clock))
			.stream()
			.filter((unit) -> unit.names().fullName().equals(fullName))
			.findFirst()
			.orElseThrow();
	}

	private static RequestPostProcessor admin() {
		return user("sysadmin")
			.authorities(AuthorityUtils.createAuthorityList("ROLE_STAFF", "unit.manage", "account.manage"));
	}

	private static byte[] workbook(List<List<String>> unitRows, List<List<String>> staffRows) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fill(workbook.createSheet("单位"), List.of("全称", "简称", "英文名称", "机关代字", "统一社会信用代码", "类型", "上级单位全称", "排序"),
					unitRows);
			fill(workbook.createSheet("人员"), List.of("用户名", "姓名", "单位全称", "内设机构", "职务", "办公电话"), staffRows);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static void fill(Sheet sheet, List<String> headings, List<List<String>> rows) {
		Row head = sheet.createRow(0);
		for (int i = 0; i < headings.size(); i++) {
			head.createCell(i).setCellValue(headings.get(i));
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(r + 1);
			for (int i = 0; i < rows.get(r).size(); i++) {
				row.createCell(i).setCellValue(rows.get(r).get(i));
			}
		}
	}

}
