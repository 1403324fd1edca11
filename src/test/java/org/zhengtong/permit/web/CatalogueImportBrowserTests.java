package org.zhengtong.permit.web;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 事项导入 in a real browser: the import page and, after an upload with a 承诺时限 above the
 * 法定时限, the job page that turns into the error report by itself once the job has failed
 * (job-progress.js reloads it) — both pass axe-core.
 */
@IntegrationTest
class CatalogueImportBrowserTests extends BrowserTestSupport {

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Test
	void an_upload_with_a_wrong_row_ends_on_its_error_report() throws Exception {
		UUID unit = TestStaff.unit(units, "导入浏览局", "Browser Import Bureau");
		String unitName = units.find(unit, java.time.LocalDate.now()).orElseThrow().names().fullName();
		String manager = TestStaff.withRole(accounts, unit, "imb", "事项管理员", PermitRoles.ITEM_MANAGER);
		Path file = Files.createTempFile("items", ".xlsx");
		Files.write(file, workbook(unitName));

		signIn(manager, "Qinchuan@2026");
		open("/workbench/permit/imports");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("事项导入");
		assertThat(seriousProblems()).as("the import page").isEmpty();

		browser.findElement(By.id("workbook")).sendKeys(file.toAbsolutePath().toString());
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main table caption")));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("什么都没有导入", "错误报告", "承诺时限",
				"承诺时限 30 个工作日超过了法定时限 20 个工作日。");
		assertThat(seriousProblems()).as("the error report").isEmpty();
		Files.deleteIfExists(file);
	}

	private static byte[] workbook(String department) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet items = workbook.createSheet("事项");
			items.createRow(0).createCell(0).setCellValue("事项编码");
			List<String> cells = List.of("B" + UUID.randomUUID().toString().substring(0, 6), "测试事项", "", department,
					"法人", "准营准办", "20", "30", "", "不收费", "", "《中华人民共和国行政许可法》第十二条", "条件", "流程", "政务服务中心",
					"029-8733 0000", "工作日", "是", "否", "", "", "");
			Row row = items.createRow(1);
			for (int i = 0; i < cells.size(); i++) {
				row.createCell(i).setCellValue(cells.get(i));
			}
			Sheet materials = workbook.createSheet("材料");
			materials.createRow(0).createCell(0).setCellValue("事项编码");
			Row material = materials.createRow(1);
			material.createCell(0).setCellValue(cells.get(0));
			material.createCell(1).setCellValue("申请书");
			workbook.createSheet("表单").createRow(0).createCell(0).setCellValue("事项编码");
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
