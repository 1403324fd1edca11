package org.zhengtong.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the browser, as the people who use it: a writer drafts, the reviewer returns it with
 * a comment, the writer fixes it, the reviewer publishes it — it is on the homepage and
 * found by search — and withdraws it — gone from both. The English site shows English
 * content only. axe-core finds no serious problem on the pages on the way.
 */
@IntegrationTest
class PublishingBrowserTests extends BrowserTestSupport {

	@Autowired
	Channels channels;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Test
	void drafted_returned_fixed_published_found_and_withdrawn() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市发布测试局" + tag, "发布测试局", "Publishing Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String writer = "bwriter" + tag;
		String reviewer = "breviewer" + tag;
		for (String name : new String[] { writer, reviewer }) {
			platformAccounts.create(name, "编辑" + name, AccountKind.STAFF, unit, "Qinchuan@2026", false);
			platformAccounts.grant(name, IdentityRoles.STAFF);
			platformAccounts.grant(name, ContentRoles.EDITOR);
		}
		ChannelView channel = channels.create("zh", null, "b-" + tag, "发布" + tag, ChannelKind.ARTICLES, null, 0, true,
				true, "system");
		ChannelView english = channels.create("en", null, "b-" + tag, "Releases " + tag, ChannelKind.ARTICLES, null, 0,
				true, true, "system");
		for (ChannelView c : new ChannelView[] { channel, english }) {
			channels.grant(c.id(), writer, "DRAFT", "system");
			channels.grant(c.id(), reviewer, "REVIEW", "system");
		}
		String title = "关于延长政务服务中心周末办公时间的通知" + tag;

		login(writer);
		open("/workbench/articles/new?channel=" + channel.id());
		assertThat(seriousProblems()).as("new article").isEmpty();
		browser.findElement(By.id("title")).sendKeys(title);
		// The rich-text editor takes the textarea's place.
		assertThat(browser.findElement(By.id("body")).isDisplayed()).isFalse();
		browser.findElement(By.cssSelector(".ql-editor"))
			.sendKeys("自12月1日起，周六上午正常办公。", org.openqa.selenium.Keys.ENTER, "具体事项以大厅公告为准。");
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		upload("办事指南.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
			.getBytes(java.nio.charset.StandardCharsets.US_ASCII), "kind-attachment");
		assertThat(text()).contains("已上传附件 办事指南.pdf");
		upload("大厅.png", png(), "kind-image");
		assertThat(text()).contains("已把图片 大厅.png 插入正文光标处");
		assertThat(seriousProblems()).as("draft with files").isEmpty();
		submitAndWait(By.cssSelector("button[value=submit]"));
		assertThat(text()).contains("已送审");
		String revision = browser.getCurrentUrl().replaceAll(".*/", "");

		login(reviewer);
		open("/workbench/articles");
		assertThat(text()).contains("待我审核（1 篇）", title);
		assertThat(seriousProblems()).as("desk").isEmpty();
		open("/workbench/articles/revisions/" + revision);
		assertThat(seriousProblems()).as("review").isEmpty();
		browser.findElement(By.id("comment")).sendKeys("请写明周六的办公时段。");
		submitAndWait(By.cssSelector("form[action$='/return'] button"));
		assertThat(text()).contains("已退回撰稿人修改");

		login(writer);
		open("/workbench/articles/revisions/" + revision);
		assertThat(text()).contains("请写明周六的办公时段。");
		WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END),
				org.openqa.selenium.Keys.ENTER);
		browser.findElement(By.cssSelector(".ql-toolbar button[aria-label='加粗']")).click();
		editor.sendKeys("办公时段：周六上午9时至12时。");
		submitAndWait(By.cssSelector("button[value=submit]"));

		login(reviewer);
		open("/workbench/articles/revisions/" + revision);
		submitAndWait(By.cssSelector("form[action$='/publish'] button"));
		assertThat(text()).contains("已审核发布");

		browser.manage().deleteAllCookies();
		open("/");
		assertThat(text()).contains(title);
		assertThat(seriousProblems()).as("homepage").isEmpty();
		browser.findElement(By.linkText(title)).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(text()).contains("周六上午9时至12时", "附件", "办事指南.pdf");
		assertThat(browser.findElements(By.cssSelector(".article-body img"))).as("the image in the text").hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".article-body strong")).getText()).as("bold from the editor")
			.isEqualTo("办公时段：周六上午9时至12时。");
		assertThat(seriousProblems()).as("article").isEmpty();
		String article = browser.getCurrentUrl().replaceAll(".*/", "");
		open("/columns/" + channel.path());
		assertThat(seriousProblems()).as("channel").isEmpty();
		assertThat(searchFinds("周末办公时间 " + tag, title, true)).as("found by search").isTrue();
		assertThat(seriousProblems()).as("search").isEmpty();

		open("/en/");
		assertThat(text()).doesNotContain(title);
		assertThat(seriousProblems()).as("English homepage").isEmpty();
		open("/en/columns/" + english.path());
		assertThat(seriousProblems()).as("English channel").isEmpty();
		open("/en/search?q=" + tag);
		assertThat(text()).doesNotContain(title);
		assertThat(seriousProblems()).as("English search").isEmpty();
		open("/disclosure");
		assertThat(text()).contains("政府信息公开", "按发布机构");
		assertThat(seriousProblems()).as("disclosure catalogue").isEmpty();
		open("/en/disclosure");
		assertThat(text()).contains("Government information disclosure");
		assertThat(seriousProblems()).as("English disclosure catalogue").isEmpty();

		login(reviewer);
		open("/workbench/articles/revisions/" + revision);
		browser.findElement(By.xpath("//summary[normalize-space()='从网站撤下']")).click();
		browser.findElement(By.id("reason")).sendKeys("办公时间另行通知");
		submitAndWait(By.cssSelector("form[action$='/withdraw'] button"));
		assertThat(text()).contains("已从网站撤下");

		browser.manage().deleteAllCookies();
		open("/articles/" + article);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("此信息已撤下");
		open("/");
		assertThat(text()).doesNotContain(title);
		assertThat(searchFinds("周末办公时间 " + tag, title, false)).as("gone from search").isFalse();
	}

	/**
	 * Whether search shows the title, asked until it says what is expected or 10 s passed
	 * (the index is fed by events).
	 */
	private boolean searchFinds(String query, String title, boolean expected) {
		long until = System.currentTimeMillis() + 10_000;
		boolean found;
		do {
			open("/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
			found = text().contains(title);
		}
		while (found != expected && System.currentTimeMillis() < until);
		return found;
	}

	private void login(String username) {
		signIn(username, "Qinchuan@2026");
	}

	/** Uploads a file on the revision page as an attachment or an image. */
	private void upload(String name, byte[] content, String kind) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempDirectory("upload").resolve(name);
			java.nio.file.Files.write(file, content);
			browser.findElement(By.id("file")).sendKeys(file.toString());
			browser.findElement(By.id(kind)).click();
			// The editor's script uploads without leaving the page and says what
			// happened.
			browser.findElement(By.cssSelector("form[action$='/files'] button")).click();
			new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> {
				String said = driver.findElement(By.id("files-status")).getText();
				return !said.isEmpty() && !said.startsWith("正在上传");
			});
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static byte[] png() {
		try {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			javax.imageio.ImageIO
				.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

}
