package org.zhengtong.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A web editor at work, at desk and phone widths: a picture from the editor's toolbar
 * goes where the cursor is; removing a file does not reload the page, so the sentence
 * just typed is still there; leaving with unsaved changes asks first; a large picture
 * fits the editor and the review page. axe-core finds nothing on the way.
 */
@IntegrationTest
class WritingBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	Channels channels;

	@Autowired
	Articles articles;

	@Autowired
	ArticleFiles files;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 375 })
	void a_picture_goes_where_the_cursor_is_and_nothing_typed_is_lost(int width) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市写作测试局" + tag, "写作测试局", "Writing Bureau", null), null,
					0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String writer = "wwriter" + tag;
		String reviewer = "wreviewer" + tag;
		for (String name : new String[] { writer, reviewer }) {
			platformAccounts.create(name, "编辑" + name, AccountKind.STAFF, unit, PASSWORD, false);
			platformAccounts.grant(name, IdentityRoles.STAFF);
			platformAccounts.grant(name, ContentRoles.EDITOR);
		}
		ChannelView channel = channels.create("zh", null, "w-" + tag, "写作" + tag, ChannelKind.ARTICLES, null, 0, false,
				false, "system");
		channels.grant(channel.id(), writer, "DRAFT", "system");
		channels.grant(channel.id(), reviewer, "REVIEW", "system");
		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft("图书馆延长开放时间" + tag, null, null, null, "<p>第一段：自下周起。</p><p>第二段：节假日照常。</p>"), writer);
		files.attach(draft.id(),
				new ByteArrayInputStream(
						"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
				"开放细则.pdf", false, writer);

		viewport(width, 900);
		login(writer);
		open("/workbench/articles/revisions/" + draft.id());
		assertThat(seriousProblems()).as("the draft").isEmpty();

		// The cursor at the end of the first paragraph, a sentence typed, then a picture.
		WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.findElement(By.xpath("./p[1]")).click();
		editor.sendKeys(Keys.END, "九时开馆。");
		script("window.samePage = true;");
		browser.findElement(By.cssSelector(".ql-toolbar button.ql-image[aria-label='插入图片']")).click();
		script("document.querySelector('[data-editor-picture]').hidden = false;");
		browser.findElement(By.cssSelector("[data-editor-picture]"))
			.sendKeys(file("阅览室.png", png(2400, 1600)).toString());
		waitForStatus("已把图片 阅览室.png 插入正文光标处");
		String html = editor.getAttribute("innerHTML");
		assertThat(html.indexOf("九时开馆。")).as("typed before the picture").isPositive().isLessThan(html.indexOf("<img"));
		assertThat(html.indexOf("<img")).as("the picture where the cursor was, not at the end")
			.isLessThan(html.indexOf("第二段"));
		assertThat(((Number) script("var img = document.querySelector('.ql-editor img');"
				+ " return img.getBoundingClientRect().width - img.closest('.ql-editor').clientWidth;"))
			.doubleValue()).as("a 2400 px picture fits the editor").isLessThanOrEqualTo(0);
		assertThat(text()).as("the list of files now has the picture").contains("阅览室.png", "开放细则.pdf");

		// Removing the attachment: same page, the typed sentence still there.
		browser.findElement(By.cssSelector("form[data-detach] button[aria-label='移除 开放细则.pdf']")).click();
		waitForStatus("已移除 开放细则.pdf");
		assertThat(script("return window.samePage === true;")).as("no reload").isEqualTo(true);
		assertThat(editor.getText()).contains("九时开馆。", "第二段：节假日照常。");
		assertThat(browser.findElement(By.id("files-list")).getText()).doesNotContain("开放细则.pdf").contains("阅览室.png");
		assertThat(browser.findElement(By.cssSelector("[data-unsaved]")).isDisplayed()).as("the page says so").isTrue();
		assertThat(seriousProblems()).as("the draft, changed and not saved").isEmpty();

		// Leaving now asks first (the browser's own "leave site?" question).
		assertThat(leavingIsWarned()).isTrue();

		// Another form of the page saves the draft first: the preview shows what was
		// typed.
		submitAndWait(By.cssSelector("form[action$='/preview'] button"));
		assertThat(text()).contains("预览链接已生成");
		assertThat(leavingIsWarned()).as("saved: nothing to warn of").isFalse();
		WebElement copy = browser.findElement(By.cssSelector("button[data-copy-from='preview-link']"));
		assertThat(copy.getText()).isEqualTo("复制链接");
		copy.click();
		new WebDriverWait(browser, Duration.ofSeconds(5))
			.until((driver) -> !driver.findElement(By.cssSelector("[data-copy-status]")).getText().isEmpty());
		assertThat(browser.findElement(By.cssSelector("[data-copy-status]")).getText()).contains("预览链接");
		assertThat(seriousProblems()).as("the draft with its preview link").isEmpty();
		String body = articles.revision(draft.id()).orElseThrow().body();
		assertThat(body.indexOf("九时开馆。")).isLessThan(body.indexOf("<img"));
		assertThat(body.indexOf("<img")).isLessThan(body.indexOf("第二段"));
		assertThat(body.split("<img", -1)).as("the picture once").hasSize(2);

		// Removing the picture takes it out of the text too, without losing new typing.
		editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.findElement(By.xpath("./p[last()]")).click();
		editor.sendKeys(Keys.END, "详见公告。");
		browser.findElement(By.cssSelector("form[data-detach] button[aria-label='移除 阅览室.png']")).click();
		waitForStatus("已移除 阅览室.png");
		assertThat(browser.findElements(By.cssSelector(".ql-editor img"))).isEmpty();
		assertThat(editor.getText()).contains("九时开馆。", "详见公告。");
		submitAndWait(By.cssSelector("button[value=submit]"));
		assertThat(articles.revision(draft.id()).orElseThrow().body()).contains("详见公告。").doesNotContain("<img");
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1280, 375 })
	void a_large_picture_fits_the_review_page(int width) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市审稿测试局" + tag, "审稿测试局", "Review Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String writer = "rwriter" + tag;
		String reviewer = "rreviewer" + tag;
		for (String name : new String[] { writer, reviewer }) {
			platformAccounts.create(name, "编辑" + name, AccountKind.STAFF, unit, PASSWORD, false);
			platformAccounts.grant(name, IdentityRoles.STAFF);
			platformAccounts.grant(name, ContentRoles.EDITOR);
		}
		ChannelView channel = channels.create("zh", null, "r-" + tag, "审稿" + tag, ChannelKind.ARTICLES, null, 0, false,
				false, "system");
		channels.grant(channel.id(), writer, "DRAFT", "system");
		channels.grant(channel.id(), reviewer, "REVIEW", "system");
		RevisionView draft = articles.create(channel.id(),
				new Articles.Draft("大图审核" + tag, null, null, null, "<p>正文。</p>"), writer);
		files.attach(draft.id(), new ByteArrayInputStream(png(3000, 2000)), "全景.png", true, writer);
		articles.submit(draft.id(), writer);

		viewport(width, 900);
		login(reviewer);
		open("/workbench/articles/revisions/" + draft.id());
		assertThat(((Number) script("var img = document.querySelector('.article-body img');"
				+ " return img.getBoundingClientRect().width - img.closest('.article-body').clientWidth;"))
			.doubleValue()).as("a 3000 px picture fits the review page").isLessThanOrEqualTo(0);
		assertThat(seriousProblems()).as("the review page").isEmpty();
	}

	/** Whether the page, asked to unload now, would ask the user first. */
	private boolean leavingIsWarned() {
		return (Boolean) script("var e = new Event('beforeunload', { cancelable: true });"
				+ " window.dispatchEvent(e); return e.defaultPrevented;");
	}

	private void waitForStatus(String words) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> driver.findElement(By.id("files-status")).getText().contains(words));
	}

	private void login(String username) {
		signIn(username, PASSWORD);
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	private static Path file(String name, byte[] content) throws IOException {
		Path file = Files.createTempDirectory("upload").resolve(name);
		Files.write(file, content);
		return file;
	}

	private static byte[] png(int width, int height) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
