package org.zhengtong.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.files.FileLink;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Images and attachments of articles: judged by content (a renamed program is refused),
 * private to the channel's people until published, then public; the article lists its
 * attachments and shows its images; a new revision has links of its own.
 */
@IntegrationTest
class ArticleFilesIntegrationTests {

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

	String writer;

	String reviewer;

	ChannelView channel;

	Newsroom newsroom;

	@BeforeEach
	void aChannel() {
		newsroom = Newsroom.open(units, platformAccounts, "附件", "Files Bureau", "f", null);
		writer = newsroom.writer();
		reviewer = newsroom.reviewer();
		channel = newsroom.channel(channels, "zh", "files-" + newsroom.tag(), "附件" + newsroom.tag(),
				ChannelKind.ARTICLES, false);
	}

	@Test
	void files_are_private_until_published_and_a_renamed_program_is_refused() throws Exception {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft("带附件的通知", null, null, null, "正文"),
				writer);
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(upload(draft.id(), "通知全文.pdf", pdf, "attachment")).flash()
			.containsEntry("success", "content.file.attached");
		assertThat(upload(draft.id(), "现场照片.png", png(), "image")).flash()
			.containsEntry("success", "content.file.image");
		byte[] program = new byte[4096];
		program[0] = 'M';
		program[1] = 'Z';
		assertThat(upload(draft.id(), "报名表.pdf", program, "attachment")).as("a program named .pdf")
			.flash()
			.containsEntry("error", "files.refused.type");
		assertThat(articleFiles.files(draft.id())).extracting(FileLink::fileName)
			.containsExactly("通知全文.pdf", "现场照片.png");

		FileLink attachment = articleFiles.files(draft.id()).get(0);
		FileLink image = articleFiles.files(draft.id()).get(1);
		assertThat(articles.revision(draft.id()).orElseThrow().body()).contains("src=\"" + image.downloadPath() + "\"");
		assertThat(mvc.get().uri(attachment.downloadPath()).exchange()).as("not published: nobody outside")
			.hasStatus(404);
		assertThat(mvc.get().uri(attachment.downloadPath()).with(as(writer)).exchange()).hasStatusOk();

		articles.submit(draft.id(), writer);
		articles.publish(draft.id(), reviewer);
		assertThat(mvc.get().uri(attachment.downloadPath()).exchange()).hasStatusOk().hasContentType("application/pdf");
		assertThat(mvc.get().uri("/articles/{id}", draft.articleId()).exchange()).bodyText()
			.contains("附件", "通知全文.pdf", image.downloadPath())
			.doesNotContain(">现场照片.png<");

		RevisionView second = articles.revise(draft.articleId(), writer);
		FileLink copied = articleFiles.files(second.id()).get(1);
		assertThat(copied.id()).isNotEqualTo(image.id());
		assertThat(second.body()).contains(copied.downloadPath()).doesNotContain(image.downloadPath());
		articleFiles.detach(second.id(), copied.id(), writer);
		assertThat(articles.revision(second.id()).orElseThrow().body()).doesNotContain("<img");
		assertThat(mvc.get().uri(image.downloadPath()).exchange()).as("the published revision keeps its image")
			.hasStatusOk();
	}

	@Test
	void an_image_made_the_cover_shows_in_the_homepage_pictures_and_follows_revisions() throws Exception {
		ChannelView homepage = newsroom.channel(channels, "zh", "pictures-" + newsroom.tag(), "图片" + newsroom.tag(),
				ChannelKind.ARTICLES, true);
		RevisionView draft = articles.create(homepage.id(),
				new Articles.Draft("新建成的市民中心" + newsroom.tag(), null, null, null, "正文"), writer);
		upload(draft.id(), "说明.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "attachment");
		upload(draft.id(), "市民中心.png", png(), "image");
		FileLink pdf = articleFiles.files(draft.id()).get(0);
		FileLink image = articleFiles.files(draft.id()).get(1);

		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/cover", draft.id())
			.param("link", pdf.id().toString())
			.with(as(writer))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "content.refused.notAnImage");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/cover", draft.id())
			.param("link", image.id().toString())
			.with(as(reviewer))
			.with(csrf())
			.exchange()).as("only the writer of the open revision")
			.flash()
			.containsEntry("error", "content.refused.notYourDraft");
		assertThat(mvc.post()
			.uri("/workbench/articles/revisions/{id}/cover", draft.id())
			.param("link", image.id().toString())
			.with(as(writer))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "content.cover.set");
		assertThat(articles.revision(draft.id()).orElseThrow().coverLink()).isEqualTo(image.id());

		articles.submit(draft.id(), writer);
		articles.publish(draft.id(), reviewer);
		assertThat(mvc.get().uri("/").exchange()).bodyText()
			.contains("图片新闻", "src=\"" + image.downloadPath() + "\"", "新建成的市民中心" + newsroom.tag());
		assertThat(mvc.get().uri("/columns/{path}", homepage.path()).exchange()).as("a thumbnail in the column's list")
			.bodyText()
			.contains("class=\"thumb\" src=\"" + image.downloadPath() + "\"");
		assertThat(mvc.get().uri("/feeds/{path}", homepage.path()).exchange()).as("the feed's enclosure")
			.bodyText()
			.contains("<enclosure url=\"http://localhost:8080" + image.downloadPath() + "\" length=\""
					+ image.file().size() + "\" type=\"image/png\"");

		RevisionView second = articles.revise(draft.articleId(), writer);
		FileLink copied = articleFiles.files(second.id()).get(1);
		assertThat(second.coverLink()).as("the new revision's own copy").isEqualTo(copied.id());
		articleFiles.detach(second.id(), copied.id(), writer);
		assertThat(articles.revision(second.id()).orElseThrow().coverLink()).as("gone with its image").isNull();
	}

	@Test
	void a_preview_link_shows_the_drafts_images_until_it_is_published() throws Exception {
		RevisionView draft = articles.create(channel.id(), new Articles.Draft("新建的口袋公园", null, null, null, "正文"),
				writer);
		upload(draft.id(), "公园.png", png(), "image");
		FileLink image = articleFiles.files(draft.id()).get(0);
		RevisionView other = articles.create(channel.id(), new Articles.Draft("另一篇", null, null, null, "正文"), writer);
		upload(other.id(), "别处.png", png(), "image");
		FileLink elsewhere = articleFiles.files(other.id()).get(0);
		String token = articles.sharePreview(draft.id(), writer);

		String imagePath = "/preview/" + token + "/files/" + image.id();
		assertThat(mvc.get().uri("/preview/{token}", token).exchange()).bodyText()
			.contains("src=\"" + imagePath + "\"")
			.doesNotContain("src=\"" + image.downloadPath() + "\"");
		assertThat(mvc.get().uri(imagePath).exchange()).as("anonymous, through the link")
			.hasStatusOk()
			.hasContentType("image/png")
			.hasHeader("Cache-Control", "no-store, private");
		assertThat(mvc.get().uri("/preview/{token}/files/{file}", token, elsewhere.id()).exchange())
			.as("only the previewed revision's files")
			.hasStatus(404);
		assertThat(mvc.get().uri(image.downloadPath()).exchange()).as("still private at its own address")
			.hasStatus(404);

		articles.submit(draft.id(), writer);
		articles.publish(draft.id(), reviewer);
		assertThat(mvc.get().uri("/preview/{token}", token).exchange()).as("published: no longer a preview")
			.hasStatus(404);
		assertThat(mvc.get().uri(imagePath).exchange()).hasStatus(404);
		assertThatThrownBy(() -> articles.sharePreview(draft.id(), writer)).as("the published text has its own page")
			.isInstanceOf(ContentRefused.class);
		articles.withdraw(draft.articleId(), "园区改名", reviewer);
		assertThatThrownBy(() -> articles.sharePreview(draft.id(), reviewer)).as("nor a withdrawn one")
			.isInstanceOf(ContentRefused.class);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult upload(long revision, String name, byte[] bytes,
			String kind) {
		return mvc.post()
			.uri("/workbench/articles/revisions/{id}/files", revision)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.param("kind", kind)
			.with(as(writer))
			.with(csrf())
			.exchange();
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
