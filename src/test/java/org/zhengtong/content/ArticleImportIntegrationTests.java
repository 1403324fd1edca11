package org.zhengtong.content;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 从表格导入: every row of a workbook becomes a draft of the importer's, as a job; one bad row
 * imports nothing and the job names it; a file that is not a workbook, a disclosure
 * channel and a channel the editor does not write in are refused before anything starts.
 */
@IntegrationTest
class ArticleImportIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	@Autowired
	JobManagement jobs;

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, accounts, "导入", "Import Bureau", "imp", null);
		channel = newsroom.channel(channels, "zh", "import-" + newsroom.tag(), "旧网站文章" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void every_row_becomes_a_draft_of_the_importer() throws Exception {
		assertThat(mvc.get().uri("/workbench/articles/import/template.xlsx").with(as(newsroom.writer())).exchange())
			.hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		byte[] workbook = workbook(
				List.of("2019年政务公开工作要点" + newsroom.tag(), "", "市政府办", "", "一、总体要求\n\n二、重点任务", "政务公开、2019"),
				List.of("2020年政务公开工作要点" + newsroom.tag(), "副标题", "市政府办", "张三", "正文", ""),
				List.of("2021年政务公开工作要点" + newsroom.tag(), "", "", "", "<p>正文<script>x()</script></p>", ""));

		JobView job = finished(upload(channel.id(), "旧网站.xlsx", workbook, newsroom.writer()));

		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.outcome()).contains("已导入 3 篇草稿");
		List<DeskItem> mine = articles.mine(newsroom.writer());
		assertThat(mine).extracting(DeskItem::title)
			.contains("2019年政务公开工作要点" + newsroom.tag(), "2021年政务公开工作要点" + newsroom.tag());
		RevisionView first = articles
			.revision(mine.stream().filter((d) -> d.title().startsWith("2019")).findFirst().orElseThrow().revisionId())
			.orElseThrow();
		assertThat(first.state()).isEqualTo("DRAFT");
		assertThat(first.tags()).containsExactly("政务公开", "2019");
		assertThat(first.body()).contains("<p>一、总体要求</p>", "<p>二、重点任务</p>");
		assertThat(mine.stream()
			.filter((d) -> d.title().startsWith("2021"))
			.findFirst()
			.map(DeskItem::revisionId)
			.flatMap(articles::revision)
			.orElseThrow()
			.body()).doesNotContain("script");
	}

	@Test
	void one_bad_row_imports_nothing_and_is_named() throws Exception {
		byte[] workbook = workbook(List.of("合格的一行" + newsroom.tag(), "", "", "", "正文", ""),
				List.of("", "没有标题", "", "", "正文", ""), List.of("标签太多的一行", "", "", "", "正文", "一 二 三 四 五 六 七 八 九 十 十一"));

		JobView job = finished(upload(channel.id(), "有问题.xlsx", workbook, newsroom.writer()));

		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.outcome()).contains("2 行需要修改", "第 3 行", "第 4 行", "标签最多 10 个");
		assertThat(articles.mine(newsroom.writer())).as("nothing imported").isEmpty();
	}

	@Test
	void a_renamed_file_a_disclosure_channel_and_a_stranger_are_refused_before_anything_starts() throws Exception {
		byte[] workbook = workbook(List.of("标题", "", "", "", "正文", ""));
		assertThat(upload(channel.id(), "病毒.xlsx", "MZ\u0090\u0000 not a workbook".getBytes(), newsroom.writer()))
			.flash()
			.containsEntry("error", "files.refused.type");
		ChannelView disclosure = newsroom.channel(channels, "zh", "import-d-" + newsroom.tag(), "文件" + newsroom.tag(),
				ChannelKind.DISCLOSURE, false);
		assertThat(upload(disclosure.id(), "a.xlsx", workbook, newsroom.writer())).flash()
			.containsEntry("error", "content.refused.notImportable");
		String stranger = "impstranger" + newsroom.tag();
		newsroom.editor(accounts, stranger);
		assertThat(upload(channel.id(), "a.xlsx", workbook, stranger)).flash()
			.containsEntry("error", "content.refused.notDraftable");
		assertThat(articles.mine(newsroom.writer())).isEmpty();
	}

	private MvcTestResult upload(UUID channel, String name, byte[] content, String actor) {
		return mvc.post()
			.multipart()
			.uri("/workbench/articles/import")
			.file(new MockMultipartFile("workbook", name, "application/octet-stream", content))
			.param("channel", channel.toString())
			.with(as(actor))
			.with(csrf())
			.exchange();
	}

	private JobView finished(MvcTestResult started) {
		assertThat(started).hasStatus3xxRedirection();
		UUID id = UUID.fromString(started.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> jobs.find(id, newsroom.writer()).orElseThrow(), (job) -> job.status().finished());
	}

	@SafeVarargs
	private static byte[] workbook(List<String>... rows) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("稿件");
			Row head = sheet.createRow(0);
			List<String> headings = List.of("标题", "副标题", "来源", "作者", "正文", "标签");
			for (int i = 0; i < headings.size(); i++) {
				head.createCell(i).setCellValue(headings.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int i = 0; i < rows[r].size(); i++) {
					row.createCell(i).setCellValue(rows[r].get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
