package org.zhengtong.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;
import org.zhengtong.content.ContentRoles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 工作台首页 = 待办: a person sees exactly the open tasks their account, posts, units and
 * permissions reach, nearest deadline first with its colour and a word, filtered, paged
 * and counted honestly; the header badge shows the same number without a cap and is
 * absent at zero; 已办 and 我发起的 list what the person did and started. Tasks are written by
 * SQL, except where a clock opened by the core is paused, resumed or recomputed: its
 * task's deadline and colour move in the list (the task row carries them, V81).
 */
@IntegrationTest
class InboxIntegrationTests {

	private static final Pattern ROW_TITLE = Pattern.compile("<a href=\"/workbench/inboxtest/[^\"]+\">([^<]+)</a>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JobManagement jobs;

	@Autowired
	UnitManagement units;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PostManagement posts;

	InboxRows rows;

	String tag;

	@BeforeEach
	void rows() {
		rows = new InboxRows(jdbc);
		tag = UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * The tasks made here for "whoever holds content.edit" would otherwise wait in every
	 * editor's 待办 of later tests sharing the database.
	 */
	@AfterEach
	void closeTasks() {
		jdbc.sql("UPDATE casework_task SET status = 'CANCELLED' WHERE status = 'OPEN' AND type LIKE ?")
			.param("inboxtest.%-" + tag)
			.update();
	}

	@Test
	void the_home_lists_exactly_the_reachable_tasks_by_deadline_with_colour_and_word() {
		UUID unit = TestStaff.unit(units, "待办局", "Inbox Bureau");
		UUID otherUnit = TestStaff.unit(units, "他局", "Other Bureau");
		String reader = TestStaff.staff(platformAccounts, unit, "inbox", "待办人", "Pa55word-inbox");
		platformAccounts.grant(reader, ContentRoles.EDITOR);
		String colleague = TestStaff.staff(platformAccounts, unit, "other", "同事", "Pa55word-inbox");
		UUID readerId = accounts.find(reader).orElseThrow().id();
		UUID colleagueId = accounts.find(colleague).orElseThrow().id();
		UUID post = posts.postsOf(readerId).get(0).id();
		// A second, concurrent post (兼职) in another unit reaches that unit's tasks too.
		platformAccounts.appoint(reader, new StaffPost(otherUnit, null, "兼职科员", false, null));
		UUID secondPost = posts.postsOf(readerId)
			.stream()
			.filter((p) -> p.unitId().equals(otherUnit))
			.findFirst()
			.orElseThrow()
			.id();
		UUID thirdUnit = TestStaff.unit(units, "无关局", "Unrelated Bureau");

		Instant now = clock.instant();
		Instant sent = now.minus(Duration.ofDays(3));
		long overdue = rows.clock(now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(2)), "RUNNING");
		long warning = rows.clock(now.plus(Duration.ofDays(1)), now.minus(Duration.ofHours(2)), "RUNNING");
		long later = rows.clock(now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(8)), "RUNNING");
		long paused = rows.clock(now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(18)), "PAUSED");
		String type = "inboxtest.review-" + tag;
		rows.openTask("content", type, "A later " + tag, "unit:" + unit + ":content.edit", "赵敏", sent, later);
		rows.openTask("content", type, "B none " + tag, "any:content.edit", "赵敏", sent, null);
		rows.openTask("content", type, "C overdue " + tag, "account:" + readerId, "小刘", sent.plusSeconds(5), overdue);
		rows.openTask("pki", type, "D warning " + tag, "post:" + post, "王五", sent, warning);
		rows.openTask("pki", type, "E paused " + tag, "post:" + secondPost, "王五", sent, paused);
		rows.openTask("pki", type, "F second unit " + tag, "unit:" + otherUnit + ":ROLE_STAFF", "王五",
				sent.plusSeconds(9), later);
		// Not the reader's: someone else's account, a unit without a post, a permission
		// not held, closed.
		rows.openTask("content", type, "X colleague " + tag, "account:" + colleagueId, "小刘", sent, overdue);
		rows.openTask("content", type, "X third unit " + tag, "unit:" + thirdUnit + ":content.edit", "小刘", sent,
				overdue);
		rows.openTask("content", type, "X permission " + tag, "any:pki.approve", "小刘", sent, overdue);
		rows.openTask("content", type, "X own unit, permission not held " + tag, "unit:" + unit + ":pki.approve", "小刘",
				sent, overdue);
		long[] closed = rows.openCase("content", type, "X done " + tag, null, "PUBLISHED", sent);
		rows.task(closed, "content", type, "account:" + readerId, "DONE", "小刘", sent, overdue, readerId, now);

		String page = home(reader, "/workbench?type=" + type);

		assertThat(titles(page)).containsExactly("C overdue " + tag, "D warning " + tag, "A later " + tag,
				"F second unit " + tag, "E paused " + tag, "B none " + tag);
		assertThat(cells(page, "C overdue " + tag)).contains("deadline-RED", ">超期<")
			.contains(LocalDate.ofInstant(now.minus(Duration.ofDays(1)), clock.getZone()).toString());
		assertThat(cells(page, "D warning " + tag)).contains("deadline-YELLOW", ">临期<");
		assertThat(cells(page, "A later " + tag)).contains("deadline-GREEN", ">正常<");
		assertThat(cells(page, "E paused " + tag)).contains("deadline-PAUSED", ">暂停<");
		assertThat(cells(page, "B none " + tag)).contains("无期限").doesNotContain("deadline-");
		assertThat(cells(page, "C overdue " + tag)).contains("网站内容", "小刘");
		assertThat(cells(page, "D warning " + tag)).contains("数字证书", "王五");
		assertThat(page).contains("<caption>待办事项，期限最近的在前（第 1 / 1 页）</caption>").contains("符合条件 6 件");

		// Filters: module, colour, both; an unknown colour shows the whole list.
		assertThat(titles(home(reader, "/workbench?type=" + type + "&module=pki"))).containsExactly("D warning " + tag,
				"F second unit " + tag, "E paused " + tag);
		assertThat(titles(home(reader, "/workbench?type=" + type + "&colour=RED"))).containsExactly("C overdue " + tag);
		assertThat(titles(home(reader, "/workbench?type=" + type + "&colour=YELLOW")))
			.containsExactly("D warning " + tag);
		assertThat(titles(home(reader, "/workbench?type=" + type + "&colour=GREEN"))).containsExactly("A later " + tag,
				"F second unit " + tag);
		assertThat(titles(home(reader, "/workbench?type=" + type + "&module=content&colour=GREEN")))
			.containsExactly("A later " + tag);
		assertThat(home(reader, "/workbench?type=" + type + "&module=content&colour=PAUSED")).contains("没有符合条件的待办事项。");
		assertThat(home(reader, "/workbench?colour=PURPLE")).contains("C overdue " + tag);

		// The colleague sees their own task, not the reader's.
		assertThat(titles(home(colleague, "/workbench?type=" + type))).containsExactly("X colleague " + tag);
	}

	@Test
	void the_badge_counts_every_task_without_a_cap_pages_are_honest_and_nothing_waiting_hides_it() {
		UUID unit = TestStaff.unit(units, "批量局", "Bulk Bureau");
		String busy = TestStaff.staff(platformAccounts, unit, "busy", "忙人", "Pa55word-inbox");
		UUID busyId = accounts.find(busy).orElseThrow().id();
		String idle = TestStaff.staff(platformAccounts, unit, "idle", "闲人", "Pa55word-inbox");
		rows.manyOpenTasks(205, "content", "inboxtest.bulk-" + tag, "account:" + busyId,
				clock.instant().minus(Duration.ofDays(1)));

		String first = home(busy, "/workbench");
		assertThat(first).contains("<span class=\"badge\">205</span>")
			.contains("<span class=\"visually-hidden\">件</span>")
			.contains("待办（205）")
			.contains("共 205 件")
			.contains("第 1 / 11 页");
		List<String> firstTitles = titles(first);
		assertThat(firstTitles).hasSize(20).first().isEqualTo("批量事项 0001");
		assertThat(firstTitles).last().isEqualTo("批量事项 0020");
		assertThat(first).contains("href=\"/workbench?page=1\"").doesNotContain("rel=\"prev\"");

		String last = home(busy, "/workbench?page=10");
		assertThat(titles(last)).containsExactly("批量事项 0201", "批量事项 0202", "批量事项 0203", "批量事项 0204", "批量事项 0205");
		assertThat(last).contains("第 11 / 11 页").contains("href=\"/workbench?page=9\"").doesNotContain("rel=\"next\"");
		assertThat(titles(home(busy, "/workbench?page=99"))).as("past the end: the last page").hasSize(5);

		String nothing = home(idle, "/workbench");
		assertThat(nothing).doesNotContain("class=\"wb-todo\"")
			.doesNotContain("class=\"badge\"")
			.contains("没有待办事项。")
			.contains("待办（0）");
	}

	@Test
	void done_and_started_tabs_list_what_the_person_did_and_started() {
		UUID unit = TestStaff.unit(units, "已办局", "Done Bureau");
		String person = TestStaff.staff(platformAccounts, unit, "done", "办理人", "Pa55word-inbox");
		UUID personId = accounts.find(person).orElseThrow().id();
		Instant now = clock.instant();
		String type = "inboxtest.done-" + tag;
		long[] older = rows.openCase("content", type, "Done older " + tag, null, "PUBLISHED", now.minusSeconds(7200));
		rows.task(older, "content", type, "account:" + personId, "DONE", "小刘", now.minusSeconds(7200), null, personId,
				now.minusSeconds(3600));
		long[] newer = rows.openCase("content", type, "Done newer " + tag, null, "RETURNED", now.minusSeconds(600));
		rows.task(newer, "content", type, "account:" + personId, "DONE", "小刘", now.minusSeconds(600), null, personId,
				now.minusSeconds(60));
		long[] mine = rows.openCase("pki", type, "Started by me " + tag, personId, "REVIEW", now.minusSeconds(300));
		rows.task(mine, "pki", type, "any:pki.approve", "OPEN", "办理人", now.minusSeconds(300), null, null, null);

		String done = home(person, "/workbench?tab=DONE");
		assertThat(titles(done)).containsExactly("Done newer " + tag, "Done older " + tag);
		assertThat(done).contains("已办（2）", "我发起的（1）", "待办（0）").contains("aria-current=\"page\">已办（2）").contains(">同意<");

		String started = home(person, "/workbench?tab=STARTED");
		assertThat(titles(started)).containsExactly("Started by me " + tag);
		assertThat(cells(started, "Started by me " + tag)).contains("REVIEW", "测试办理人");
	}

	@Test
	void the_english_home_speaks_english() {
		UUID unit = TestStaff.unit(units, "英文局", "English Bureau");
		String person = TestStaff.staff(platformAccounts, unit, "en", "English", "Pa55word-inbox");
		assertThat(home(person, "/workbench?lang=en")).contains("Nothing to do.", "To do (0)", "Done (0)");
	}

	@Test
	void a_pause_and_a_resume_of_its_clock_move_the_task_in_the_list() {
		UUID unit = TestStaff.unit(units, "期限局", "Deadline Bureau");
		String reader = TestStaff.staff(platformAccounts, unit, "due", "期限人", "Pa55word-inbox");
		UUID readerId = accounts.find(reader).orElseThrow().id();
		// Mon 2026-10-19: 20 working days from 09-18 are due 10-22, yellow from 10-16.
		clock.set(LocalDateTime.of(2026, 10, 19, 10, 0));
		long clocked = clockedTask(unit, reader, readerId, "Clocked " + tag);
		rows.openTask("content", "inboxtest.fixed-" + tag, "Fixed " + tag, "account:" + readerId, "小刘",
				clock.instant().minus(Duration.ofDays(2)),
				rows.clock(local("2026-10-25T12:00"), local("2026-10-21T00:00"), "RUNNING"));

		String before = home(reader, "/workbench");
		assertThat(titles(before)).containsExactly("Clocked " + tag, "Fixed " + tag);
		assertThat(cells(before, "Clocked " + tag)).contains("deadline-YELLOW", "2026-10-22");

		// 补正 from 10-19: the list shows it paused, still due 10-22.
		deadlines.pause(clocked, PauseKind.CORRECTION, "一次性告知补正", reader);
		String paused = home(reader, "/workbench");
		assertThat(cells(paused, "Clocked " + tag)).contains("deadline-PAUSED", ">暂停<", "2026-10-22");
		assertThat(titles(home(reader, "/workbench?colour=PAUSED"))).containsExactly("Clocked " + tag);

		// Resumed on Mon 10-26: 10-20…23 and 10-26 did not count, due five working days
		// later (10-29) and yellow again; without the move it would be red since 10-23.
		clock.set(LocalDateTime.of(2026, 10, 26, 10, 0));
		deadlines.resume(clocked, reader);
		String resumed = home(reader, "/workbench");
		assertThat(titles(resumed)).containsExactly("Fixed " + tag, "Clocked " + tag);
		assertThat(cells(resumed, "Clocked " + tag)).contains("deadline-YELLOW", "2026-10-29")
			.doesNotContain("2026-10-22");
		assertThat(cells(resumed, "Fixed " + tag)).contains("deadline-RED");
		assertThat(titles(home(reader, "/workbench?colour=RED"))).containsExactly("Fixed " + tag);
		assertThat(titles(home(reader, "/workbench?colour=YELLOW"))).containsExactly("Clocked " + tag);
	}

	@Test
	void a_calendar_edit_recomputes_the_clock_and_moves_the_task_in_the_list() {
		UUID unit = TestStaff.unit(units, "重算局", "Recompute Bureau");
		String reader = TestStaff.staff(platformAccounts, unit, "recompute", "重算人", "Pa55word-inbox");
		UUID readerId = accounts.find(reader).orElseThrow().id();
		clock.set(LocalDateTime.of(2026, 10, 12, 10, 0));
		clockedTask(unit, reader, readerId, "Recomputed " + tag);
		assertThat(cells(home(reader, "/workbench"), "Recomputed " + tag)).contains("2026-10-22", "deadline-GREEN");

		LocalDate thursday = LocalDate.parse("2026-10-15");
		try {
			recomputedAfter(() -> calendar.setDay(new SpecialDay(thursday, DayKind.HOLIDAY, "临时放假"), EDITOR));
			// One working day fewer before 10-22: the 20th is Fri 10-23.
			assertThat(cells(home(reader, "/workbench"), "Recomputed " + tag)).contains("2026-10-23")
				.doesNotContain("2026-10-22");
		}
		finally {
			recomputedAfter(() -> calendar.clearDay(thursday, EDITOR));
		}
		assertThat(cells(home(reader, "/workbench"), "Recomputed " + tag)).contains("2026-10-22");
	}

	private static final String EDITOR = "inbox-tests";

	/**
	 * A case of the test type whose review step is the reader's, with a clock of 20
	 * working days from Fri 2026-09-18 (opened by the core); returns the clock's id.
	 */
	private long clockedTask(UUID unit, String reader, UUID readerId, String title) {
		CaseView started = casework.start(new StartCase(TestCaseTypes.CODE, UUID.randomUUID().toString(), title,
				"/workbench/inboxtest/" + UUID.randomUUID(), unit, reader, null));
		casework.transition(Transition.to(started.id(), TestCaseTypes.ReviewState.REVIEW, reader)
			.opening(OpenStep.one(Assignee.account(readerId, "期限人"))
				.withClock(
						new StartClock("casework", title, Measure.WORKING_DAYS, 20, local("2026-09-18T10:00"), null))));
		Long clockId = casework.openTasks(started.id()).get(0).clockId();
		assertThat(clockId).isNotNull();
		return clockId;
	}

	private Instant local(String localTime) {
		return LocalDateTime.parse(localTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	/** Makes a calendar edit and waits for the recompute job it starts to finish. */
	private void recomputedAfter(Runnable edit) {
		Set<UUID> before = Set.copyOf(recomputes().stream().map(JobView::id).toList());
		edit.run();
		JobView job = await().atMost(Duration.ofSeconds(30))
			.until(() -> recomputes().stream()
				.filter((found) -> !before.contains(found.id()) && found.status().finished())
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
	}

	private List<JobView> recomputes() {
		return jobs.recent(EDITOR, 50).stream().filter((job) -> job.kind().equals("casework.recompute")).toList();
	}

	private String home(String username, String uri) {
		var result = mvc.get().uri(uri).with(user(username).roles("STAFF")).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> titles(String html) {
		List<String> titles = new ArrayList<>();
		Matcher matcher = ROW_TITLE.matcher(html);
		while (matcher.find()) {
			titles.add(matcher.group(1));
		}
		return titles;
	}

	/** The table row whose title is {@code title}. */
	private static String cells(String html, String title) {
		int at = html.indexOf(">" + title + "</a>");
		assertThat(at).as(title).isPositive();
		return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
	}

}
