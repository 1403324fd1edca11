package org.zhengtong.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.shared.ListQuery;
import org.zhengtong.shared.ListSort;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A large list is exported as a job: its progress reaches every row, its file holds the
 * whole list in order, only its owner downloads it, and no temporary file is left.
 */
@IntegrationTest
class SpreadsheetExportIntegrationTests {

	static final int ROWS = 6_000;

	@Autowired
	SpreadsheetExports exports;

	@Autowired
	JobManagement jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void a_large_list_runs_as_a_job_to_100_percent_and_its_owner_downloads_all_of_it() throws Exception {
		assertThat(exports.asJob(5_000)).as("the threshold downloads at once").isFalse();
		assertThat(exports.asJob(ROWS)).isTrue();
		ListQuery list = ListQuery.select("n, 'x' || n AS label", "generate_series(1, " + ROWS + ") AS n")
			.sortable("n", "n")
			.defaultSort(ListSort.descending("n"));
		SpreadsheetExport<Object[]> export = new SpreadsheetExport<>("test.export", "job.list.title", "numbers",
				List.of(ExportColumn.of("audit.id", (row) -> row[0]),
						ExportColumn.of("audit.summary", (row) -> row[1])),
				list.count(jdbc), (each) -> list.each(jdbc, null,
						(row) -> each.accept(new Object[] { row.getInt("n"), row.getString("label") })));
		long leftBefore = leftovers();
		String owner = "exporter-" + UUID.randomUUID();

		JobView started = exports.start(export, owner, Locale.SIMPLIFIED_CHINESE);

		assertThat(started.title()).isEqualTo("导出 Excel：后台作业（6,000 条）");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> jobs.find(started.id(), owner).orElseThrow().status().finished());
		JobView done = jobs.find(started.id(), owner).orElseThrow();
		assertThat(done.status()).as(String.valueOf(done.outcome())).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(done.total()).isEqualTo(ROWS);
		assertThat(done.done()).as("every row counted").isEqualTo(ROWS);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(leftovers()).as("temporary files removed").isEqualTo(leftBefore);

		MvcTestResult detail = mvc.get()
			.uri("/workbench/jobs/{id}", started.id())
			.accept(MediaType.TEXT_HTML)
			.with(user(owner).roles("STAFF"))
			.exchange();
		assertThat(detail).hasStatusOk().bodyText().contains("/workbench/jobs/" + started.id() + "/file", "numbers-");

		MvcTestResult file = mvc.get()
			.uri("/workbench/jobs/{id}/file", started.id())
			.with(user(owner).roles("STAFF"))
			.exchange();
		assertThat(file).hasStatusOk().hasContentType(SpreadsheetExports.XLSX);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("摘要");
			assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).as("in the list's order").isEqualTo(ROWS);
			assertThat(sheet.getRow(ROWS).getCell(1).getStringCellValue()).isEqualTo("x1");
		}

		assertThat(mvc.get()
			.uri("/workbench/jobs/{id}/file", started.id())
			.with(user("someone-else").roles("STAFF"))
			.exchange()).as("someone else's file does not exist").hasStatus(404);
	}

	/** POI's temporary sheets and the export's own temporary files. */
	private static long leftovers() throws IOException {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
		long count = 0;
		for (Path dir : List.of(tmp, tmp.resolve("poifiles"))) {
			if (Files.isDirectory(dir)) {
				try (Stream<Path> files = Files.list(dir)) {
					count += files.map((path) -> path.getFileName().toString())
						.filter((name) -> name.startsWith("poi-sxssf") || name.startsWith("export-"))
						.count();
				}
			}
		}
		return count;
	}

}
