package org.zhengtong.content;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.OfficeFiles;
import org.zhengtong.testing.OfficeFiles.Placed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 导入稿件: every row of a workbook, or every Word and OFD file of a folder, becomes a draft
 * of the importer's, as a job; one bad row or file imports nothing and the job names it;
 * a file that is not what it is called, a disclosure channel and a channel the editor
 * does not write in are refused before anything starts.
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
	org.zhengtong.content.ArticleFiles articleFiles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

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
		newsroom = Newsroom.open(units, platformAccounts, "导入", "Import Bureau", "imp", null);
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
		assertThat(first.state()).isEqualTo(RevisionState.DRAFT);
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
		newsroom.editor(platformAccounts, stranger);
		assertThat(upload(channel.id(), "a.xlsx", workbook, stranger)).flash()
			.containsEntry("error", "content.refused.notDraftable");
		assertThat(articles.mine(newsroom.writer())).isEmpty();
	}

	@Test
	void every_word_and_ofd_file_of_a_folder_becomes_a_draft_with_its_pictures() throws Exception {
		byte[] word = word("关于做好冬季供暖工作的通知" + newsroom.tag(), "各区县人民政府：", OfficeFiles.png(0x2a6f3c));
		byte[] ofd = OfficeFiles.ofd(List.of(new Placed(40, 60, 7.7, "冬季供暖工作方案" + newsroom.tag()),
				new Placed(31.2, 80, 5.6, "为保障全市群众温暖过冬，现就今冬明春供暖"), new Placed(20, 90, 5.6, "工作作出如下安排。")));

		JobView job = finished(mvc.post()
			.multipart()
			.uri("/workbench/articles/import/documents")
			.file(new MockMultipartFile("documents", "通知.docx", "application/octet-stream", word))
			.file(new MockMultipartFile("folder", "旧网站/方案/方案.ofd", "application/octet-stream", ofd))
			.file(new MockMultipartFile("folder", "旧网站/说明.doc", "application/msword", new byte[] { 1, 2, 3 }))
			.file(new MockMultipartFile("folder", "旧网站/~$通知.docx", "application/octet-stream", new byte[] { 4 }))
			.param("channel", channel.id().toString())
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange());

		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
		assertThat(job.outcome()).contains("已导入 2 篇草稿", "略过了 1 个", "说明.doc").doesNotContain("~$");
		List<DeskItem> mine = articles.mine(newsroom.writer());
		assertThat(mine).extracting(DeskItem::title)
			.containsExactlyInAnyOrder("关于做好冬季供暖工作的通知" + newsroom.tag(), "冬季供暖工作方案" + newsroom.tag());
		RevisionView notice = articles
			.revision(mine.stream().filter((d) -> d.title().startsWith("关于")).findFirst().orElseThrow().revisionId())
			.orElseThrow();
		assertThat(notice.state()).isEqualTo(RevisionState.DRAFT);
		List<org.zhengtong.files.FileLink> files = articleFiles.files(notice.id());
		assertThat(files).singleElement().satisfies((picture) -> {
			assertThat(picture.file().mediaType()).isEqualTo("image/png");
			assertThat(notice.body()).contains("<p>各区县人民政府", "<img src=\"" + picture.downloadPath() + "\"");
		});
		assertThat(mvc.get().uri(files.get(0).downloadPath()).with(as(newsroom.writer())).exchange()).hasStatusOk()
			.hasContentType("image/png");
	}

	@Test
	void one_unreadable_file_imports_nothing_and_is_named() throws Exception {
		byte[] word = word("合格的文件" + newsroom.tag(), "正文", null);

		JobView job = finished(mvc.post()
			.multipart()
			.uri("/workbench/articles/import/documents")
			.file(new MockMultipartFile("documents", "合格.docx", "application/octet-stream", word))
			.file(new MockMultipartFile("documents", "损坏.docx", "application/octet-stream",
					Arrays.copyOf(word, word.length / 2)))
			.param("channel", channel.id().toString())
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange());

		assertThat(job.status()).isEqualTo(JobStatus.FAILED);
		assertThat(job.outcome()).contains("1 个文件需要处理", "“损坏.docx”：无法读取").doesNotContain("合格.docx");
		assertThat(articles.mine(newsroom.writer())).as("nothing imported").isEmpty();
	}

	@Test
	void files_that_are_not_documents_and_a_stranger_are_refused_before_anything_starts() throws Exception {
		byte[] word = word("标题", "正文", null);
		assertThat(documents(channel.id(), "通知.docx", "MZ\u0090\u0000 not a document".getBytes(), newsroom.writer()))
			.flash()
			.containsEntry("error", "files.refused.type");
		assertThat(documents(channel.id(), "年报.pdf", "%PDF-1.7".getBytes(), newsroom.writer())).flash()
			.containsEntry("error", "content.refused.noDocuments");
		String stranger = "impdocstranger" + newsroom.tag();
		newsroom.editor(platformAccounts, stranger);
		assertThat(documents(channel.id(), "通知.docx", word, stranger)).flash()
			.containsEntry("error", "content.refused.notDraftable");
		assertThat(mvc.post()
			.multipart()
			.uri("/workbench/articles/import/documents")
			.param("channel", channel.id().toString())
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.import.documents.none");
		assertThat(articles.mine(newsroom.writer())).isEmpty();
		assertThat(articles.mine(stranger)).isEmpty();
	}

	private MvcTestResult documents(UUID channel, String name, byte[] content, String actor) {
		return post("/workbench/articles/import/documents", "documents", channel, name, content, actor);
	}

	/** A Word document: a centred title, a paragraph, and a picture when given. */
	private static byte[] word(String title, String text, byte @Nullable [] png) throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph heading = document.createParagraph();
			heading.setAlignment(ParagraphAlignment.CENTER);
			heading.createRun().setText(title);
			document.createParagraph().createRun().setText(text);
			if (png != null) {
				document.createParagraph()
					.createRun()
					.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "图1.png", Units.toEMU(40),
							Units.toEMU(30));
			}
			document.write(out);
			return out.toByteArray();
		}
	}

	private MvcTestResult upload(UUID channel, String name, byte[] content, String actor) {
		return post("/workbench/articles/import", "workbook", channel, name, content, actor);
	}

	private MvcTestResult post(String uri, String part, UUID channel, String name, byte[] content, String actor) {
		return mvc.post()
			.multipart()
			.uri(uri)
			.file(new MockMultipartFile(part, name, "application/octet-stream", content))
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
