package org.zhengtong.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.files.FileLink;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Writing as a web editor does all day: a picture stays where it was put in the text, a
 * file is uploaded or removed by the editor's script without the page (and what was
 * typed) going away, the comparison of two revisions does not call an unchanged picture
 * changed, the preview link shows the attachments, and the review history keeps every
 * return in order.
 */
@IntegrationTest
class ArticleWritingIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	ArticleFiles articleFiles;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	UserDetailsService users;

	Newsroom newsroom;

	ChannelView channel;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, platformAccounts, "写作", "Writing Bureau", "w", null);
		channel = newsroom.channel(channels, "zh", "writing-" + newsroom.tag(), "写作" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void a_picture_put_between_paragraphs_stays_there_through_saving_and_publishing() throws Exception {
		RevisionView draft = draft("城市书房开放", "<p>第一段：书房位于市民中心。</p><p>第二段：每天开放到晚上九点。</p>");

		MvcTestResult uploaded = fetchUpload(draft.id(), "书房.png", png(4), "image", newsroom.writer());
		assertThat(uploaded).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("书房.png");
		assertThat(uploaded).bodyJson().extractingPath("$.message").asString().contains("书房.png", "光标处");
		FileLink image = articleFiles.files(draft.id()).get(0);
		assertThat(uploaded).bodyJson().extractingPath("$.src").isEqualTo(image.downloadPath());

		// What the editor sends when the picture was put between the two paragraphs.
		String placed = "<p>第一段：书房位于市民中心。</p><p><img src=\"" + image.downloadPath()
				+ "\" alt=\"书房.png\"></p><p>第二段：每天开放到晚上九点。</p>";
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}", draft.id())
			.param("title", "城市书房开放")
			.param("body", placed)
			.param("action", "save")
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.saved");

		String body = articles.revision(draft.id()).orElseThrow().body();
		assertThat(body.indexOf("第一段")).isLessThan(body.indexOf("<img"));
		assertThat(body.indexOf("<img")).as("between the paragraphs, not at the end").isLessThan(body.indexOf("第二段"));
		assertThat(body.split("<img", -1)).as("once").hasSize(2);

		articles.submit(draft.id(), newsroom.writer());
		articles.publish(draft.id(), newsroom.reviewer());
		String page = mvc.get()
			.uri("/articles/{id}", draft.articleId())
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.indexOf("第一段")).isLessThan(page.indexOf("src=\"" + image.downloadPath() + "\""));
		assertThat(page.indexOf("src=\"" + image.downloadPath() + "\"")).isLessThan(page.indexOf("第二段"));
	}

	@Test
	void the_editors_script_uploads_and_removes_files_with_answers_in_words_and_the_same_rules() throws Exception {
		RevisionView draft = draft("带图片的通知", "<p>正文。</p>");
		fetchUpload(draft.id(), "现场.png", png(4), "image", newsroom.writer());
		FileLink image = articleFiles.files(draft.id()).get(0);

		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		MvcTestResult refused = fetchUpload(draft.id(), "照片.png", program, "image", newsroom.writer());
		assertThat(refused).as("judged by content, not by name").hasStatus(422);
		assertThat(refused).bodyJson().extractingPath("$.message").asString().contains("照片.png");
		assertThat(articleFiles.files(draft.id())).as("nothing kept").hasSize(1);

		assertThat(fetchUpload(draft.id(), "冒名.png", png(4), "image", newsroom.reviewer()))
			.as("only the writer changes the draft's files")
			.hasStatus(422);
		assertThat(fetchDetach(draft.id(), image, newsroom.reviewer())).hasStatus(422);
		assertThat(articleFiles.files(draft.id())).hasSize(1);

		MvcTestResult removed = fetchDetach(draft.id(), image, newsroom.writer());
		assertThat(removed).hasStatusOk().bodyJson().extractingPath("$.message").asString().contains("现场.png");
		assertThat(articleFiles.files(draft.id())).isEmpty();
		assertThat(articles.revision(draft.id()).orElseThrow().body()).doesNotContain("<img").contains("正文。");

		String outsider = "wout" + newsroom.tag();
		newsroom.editor(platformAccounts, outsider);
		assertThat(fetchUpload(draft.id(), "x.png", png(4), "image", outsider))
			.as("an editor of no channel of it: no such revision")
			.hasStatus(404);
	}

	@Test
	void the_editors_script_saves_the_draft_before_another_form_and_hears_why_not() {
		RevisionView draft = draft("先保存再预览", "<p>旧的正文。</p>");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}", draft.id())
			.param("title", draft.title())
			.param("body", "<p>新打的一句。</p>")
			.header("X-Requested-With", "fetch")
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.message").isEqualTo("已先保存草稿。");
		assertThat(articles.revision(draft.id()).orElseThrow().body()).contains("新打的一句。");

		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}", draft.id())
			.param("title", "")
			.param("body", "<p>没有标题。</p>")
			.header("X-Requested-With", "fetch")
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange()).as("refused with its reason, nothing saved").hasStatus(422);
		assertThat(articles.revision(draft.id()).orElseThrow().body()).contains("新打的一句。");
	}

	@Test
	void an_unchanged_picture_is_the_same_in_the_comparison_and_a_replaced_one_is_not() throws Exception {
		RevisionView first = draft("图片比较", "<p>开头。</p>");
		fetchUpload(first.id(), "现场照片.png", png(4), "image", newsroom.writer());
		articles.submit(first.id(), newsroom.writer());
		articles.publish(first.id(), newsroom.reviewer());

		RevisionView second = articles.revise(first.articleId(), newsroom.writer());
		assertThat(second.body()).as("the new revision points at links of its own")
			.doesNotContain(articleFiles.files(first.id()).get(0).downloadPath());
		articles.save(second.id(),
				new Articles.Draft(second.title(), null, null, null, second.body().replace("开头。", "开头，改过。")),
				newsroom.writer());

		MvcTestResult compared = mvc.get()
			.uri("/workbench/articles/revisions/{id}/compare", second.id())
			.with(as(newsroom.reviewer()))
			.exchange();
		assertThat(compared).hasStatusOk().model().containsEntry("changes", 1L);
		assertThat(compared).bodyText()
			.contains("[图片 现场照片.png]", "有 1 处不同")
			.doesNotContain(articleFiles.files(second.id()).get(0).id().toString());

		// Another picture under the same name is a change.
		FileLink carried = articleFiles.files(second.id()).get(0);
		articleFiles.detach(second.id(), carried.id(), newsroom.writer());
		fetchUpload(second.id(), "现场照片.png", png(6), "image", newsroom.writer());
		assertThat(mvc.get()
			.uri("/workbench/articles/revisions/{id}/compare", second.id())
			.with(as(newsroom.reviewer()))
			.exchange()).model().containsEntry("changes", 2L);
	}

	@Test
	void the_preview_link_lists_the_attachments_readable_through_the_link() throws Exception {
		RevisionView draft = draft("附件预览", "<p>正文。</p>");
		upload(draft.id(), "实施细则.pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "attachment");
		fetchUpload(draft.id(), "配图.png", png(4), "image", newsroom.writer());
		FileLink pdf = articleFiles.files(draft.id()).get(0);
		String token = articles.sharePreview(draft.id(), newsroom.writer());

		String pdfPath = "/preview/" + token + "/files/" + pdf.id();
		assertThat(mvc.get().uri("/preview/{token}", token).exchange()).hasStatusOk()
			.bodyText()
			.contains("附件", ">实施细则.pdf<", "href=\"" + pdfPath + "\"")
			.doesNotContain(">配图.png<")
			.doesNotContain("\"" + pdf.downloadPath() + "\"");
		assertThat(mvc.get().uri(pdfPath).exchange()).as("anonymous, through the link")
			.hasStatusOk()
			.hasContentType("application/pdf");
	}

	@Test
	void the_review_history_shows_every_return_in_order_with_who_and_the_comment() throws Exception {
		RevisionView draft = draft("三次退回", "<p>正文。</p>");
		List<String> comments = List.of("第一次：请补充依据。", "第二次：数据有误。", "第三次：标题太长。");
		for (String comment : comments) {
			articles.submit(draft.id(), newsroom.writer());
			articles.returnToDrafter(draft.id(), comment, newsroom.reviewer());
		}
		assertThat(articles.returns(draft.articleId())).extracting(ReviewReturn::comment)
			.containsExactlyElementsOf(comments);
		String page = mvc.get()
			.uri("/workbench/articles/revisions/{id}", draft.id())
			.with(as(newsroom.writer()))
			.exchange()
			.getMvcResult()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String returns = page.substring(page.indexOf("退回记录"));
		returns = returns.substring(0, returns.indexOf("</table>"));
		assertThat(returns.indexOf(comments.get(0))).isPositive().isLessThan(returns.indexOf(comments.get(1)));
		assertThat(returns.indexOf(comments.get(1))).isLessThan(returns.indexOf(comments.get(2)));
		assertThat(returns.split(newsroom.reviewer(), -1)).as("who returned it, on each line").hasSize(4);
	}

	private RevisionView draft(String title, String body) {
		return articles.create(channel.id(), new Articles.Draft(title + newsroom.tag(), null, null, null, body),
				newsroom.writer());
	}

	private MvcTestResult fetchUpload(long revision, String name, byte[] bytes, String kind, String who) {
		return mvc.post()
			.uri("/workbench/articles/revisions/{id}/files", revision)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("kind", kind)
			.header("X-Requested-With", "fetch")
			.with(as(who))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult fetchDetach(long revision, FileLink link, String who) {
		return mvc.post()
			.uri("/workbench/articles/revisions/{id}/files/{link}/detach", revision, link.id())
			.header("X-Requested-With", "fetch")
			.with(as(who))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult upload(long revision, String name, byte[] bytes, String kind) {
		return mvc.post()
			.uri("/workbench/articles/revisions/{id}/files", revision)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("kind", kind)
			.with(as(newsroom.writer()))
			.with(csrf())
			.exchange();
	}

	private static byte[] png(int size) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
