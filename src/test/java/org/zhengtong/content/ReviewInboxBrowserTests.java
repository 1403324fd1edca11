package org.zhengtong.content;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.BrowserTestSupport;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Article review on the case-work core, as its two people see it (the README's demo
 * editors 刘晓 and 赵敏, made afresh for this test): 刘晓 sends an article; 赵敏 finds it on her
 * workbench home (待办) with its deadline and the header badge, and returns it with a
 * comment; 刘晓's header says he has one unread message, which holds the comment; he sends
 * it again; 赵敏 publishes it; neither has anything waiting any more. axe-core finds no
 * serious problem on the 待办 list or the message centre.
 */
@IntegrationTest
class ReviewInboxBrowserTests extends BrowserTestSupport {

	static final String PASSWORD = "Qinchuan@2026";

	@Autowired
	Channels channels;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Test
	void sent_seen_in_the_reviewers_inbox_returned_with_a_comment_resent_and_published() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = TestStaff.unit(units, "待办演示办", "Inbox Demo Office");
		String xiaoliu = editor(unit, "xiaoliu", "刘晓");
		String zhaomin = editor(unit, "zhaomin", "赵敏");
		ChannelView channel = channels.create("zh", null, "inbox-" + tag, "通知公告" + tag, ChannelKind.ARTICLES, null, 0,
				true, true, "system");
		channels.grant(channel.id(), xiaoliu, "DRAFT", "system");
		channels.grant(channel.id(), zhaomin, "REVIEW", "system");
		String title = "关于调整市民中心停车场开放时间的通知" + tag;
		String comment = "请补充节假日的开放时间。";

		login(xiaoliu);
		// Wide and tall enough for the screenshots to show the whole list.
		viewport(1280, 1000);
		open("/workbench/articles/new?channel=" + channel.id());
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.cssSelector(".ql-editor")).sendKeys("自下周一起，停车场每天7时至22时开放。");
		submitAndWait(By.cssSelector("form.form button[type=submit]"));
		submitAndWait(By.cssSelector("button[value=submit]"));
		assertThat(text()).contains("已送审");
		String revision = browser.getCurrentUrl().replaceAll(".*/", "");

		login(zhaomin);
		open("/workbench");
		assertThat(todoBadge()).as("待办 in the header").isEqualTo("1");
		assertThat(text()).contains("待办（1）");
		WebElement row = row(title);
		LocalDate due = dueDay(revision);
		assertThat(row.getText()).contains("网站内容", "稿件审核", "刘晓", due.toString(), "正常")
			.doesNotContain("content.article-review", "content");
		assertThat(seriousProblems()).as("待办 list").isEmpty();
		keepScreenshot("1-reviewer-inbox");
		browser.findElement(By.partialLinkText(title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/revisions/"));
		assertThat(browser.getCurrentUrl()).endsWith("/workbench/articles/revisions/" + revision);
		browser.findElement(By.id("comment")).sendKeys(comment);
		submitAndWait(By.cssSelector("form[action$='/return'] button"));
		assertThat(text()).contains("已退回撰稿人修改");
		assertThat(todoBadge()).as("nothing waits for her now").isNull();

		login(xiaoliu);
		open("/workbench");
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			browser.navigate().refresh();
			return messageBadge() != null;
		});
		assertThat(messageBadge()).as("unread messages in the header").isEqualTo("1");
		browser.findElement(By.cssSelector("a.wb-messages")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/workbench/messages"));
		assertThat(text()).contains("您的稿件《" + title + "》被退回", "未读");
		assertThat(seriousProblems()).as("message centre").isEmpty();
		keepScreenshot("2-writer-message-centre");
		browser.findElement(By.partialLinkText("您的稿件《" + title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches(".*/workbench/messages/[0-9a-f-]{36}$"));
		assertThat(text()).contains(comment, "赵敏");
		assertThat(messageBadge()).as("read once opened").isNull();
		assertThat(seriousProblems()).as("a message").isEmpty();
		keepScreenshot("3-writer-message-with-comment");

		open("/workbench/articles/revisions/" + revision);
		assertThat(text()).contains(comment);
		WebElement editor = browser.findElement(By.cssSelector(".ql-editor"));
		editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "节假日期间8时至20时开放。");
		submitAndWait(By.cssSelector("button[value=submit]"));
		assertThat(text()).contains("已送审");

		login(zhaomin);
		open("/workbench");
		assertThat(todoBadge()).as("waiting for her again").isEqualTo("1");
		assertThat(row(title).getText()).contains("正常");
		browser.findElement(By.partialLinkText(title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/revisions/"));
		submitAndWait(By.cssSelector("form[action$='/publish'] button"));
		assertThat(text()).contains("已审核发布");
		open("/workbench");
		assertThat(todoBadge()).as("her 待办 badge").isNull();
		assertThat(text()).contains("待办（0）", "没有待办事项。").doesNotContain(title);
		keepScreenshot("4-reviewer-inbox-empty");
		open("/workbench?tab=DONE");
		assertThat(text()).contains(title, "同意", "已发布");

		login(xiaoliu);
		open("/workbench");
		assertThat(todoBadge()).as("his 待办 badge").isNull();
		assertThat(messageBadge()).as("no unread message").isNull();
		open("/workbench?tab=STARTED");
		assertThat(text()).contains(title, "已发布", "已办结");
	}

	private String editor(UUID unit, String prefix, String name) {
		String username = TestStaff.staff(accounts, unit, prefix, name, PASSWORD);
		accounts.grant(username, ContentRoles.EDITOR);
		return username;
	}

	/** The deadline of the revision's open review task, as the core worked it out. */
	private LocalDate dueDay(String revision) {
		long caseId = casework.find("content.article-review", revision).orElseThrow().id();
		List<TaskView> open = casework.openTasks(caseId);
		assertThat(open).as("one 抢办 task for the reviewer").hasSize(1);
		return deadlines.view(open.get(0).clockId()).dueDay();
	}

	/** The 待办 list's row of this title. */
	private WebElement row(String title) {
		return browser
			.findElement(By.xpath("//table[contains(@class,'inbox')]//tr[.//a[contains(., '" + title + "')]]"));
	}

	private String todoBadge() {
		return badge("a.wb-todo:not(.wb-messages) .badge");
	}

	private String messageBadge() {
		return badge("a.wb-messages .badge");
	}

	private String badge(String css) {
		List<WebElement> found = browser.findElements(By.cssSelector(css));
		return found.isEmpty() ? null : found.get(0).getText();
	}

	private void login(String username) {
		signIn(username, PASSWORD);
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

}
