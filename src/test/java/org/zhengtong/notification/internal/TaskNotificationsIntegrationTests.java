package org.zhengtong.notification.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.Transition;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The case-work listeners end to end, with the real {@code TaskHolders}: a task opened
 * for whoever holds a permission in a unit tells exactly those people, in their message
 * centres; its step's deadline, found missed by the sweep (run on demand, on the test
 * clock), tells the people who may still act on it once, however often the sweep runs.
 */
@IntegrationTest
class TaskNotificationsIntegrationTests {

	/**
	 * The case type the case-work tests declare ({@code casework.TestCaseTypes}, DRAFT →
	 * REVIEW → …): a code no module uses.
	 */
	static final String TEST_TYPE = "test.review";

	static final String PASSWORD = "Notice-Test-2026!";

	@Autowired
	Casework casework;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	UUID unit;

	@BeforeEach
	void unit() {
		unit = TestStaff.unit(units, "待办通知测试局", "Task Notice Bureau");
	}

	@Test
	void a_task_for_a_unit_and_permission_reaches_exactly_the_holders_and_its_missed_deadline_them_once()
			throws Exception {
		String editorOne = editor(unit, "ed1", "甲编辑");
		String editorTwo = editor(unit, "ed2", "乙编辑");
		String plainStaff = TestStaff.staff(accounts, unit, "plain", "丙科员", PASSWORD);
		String writer = TestStaff.staff(accounts, unit, "writer", "丁撰稿", PASSWORD);
		String editorElsewhere = editor(TestStaff.unit(units, "别处通知局", "Elsewhere Notice Bureau"), "far", "戊编辑");
		String title = "待办通知 " + UUID.randomUUID().toString().substring(0, 6);
		// Five working days from Mon 2031-03-03 (weekends only): due at the end of Mon
		// 03-10.
		Instant started = Instant.parse("2031-03-03T02:00:00Z");

		CaseView opened = casework.start(new StartCase(TEST_TYPE, UUID.randomUUID().toString(), title,
				"/workbench/test/" + title, unit, writer, null));
		casework.transition(new Transition(opened.id(), "REVIEW", writer, null, null, null)
			.opening(OpenStep.one(Assignee.unit(unit, ContentRoles.EDITOR.permissions().iterator().next(), "编辑"))
				.withClock(new StartClock("test", title, Measure.WORKING_DAYS, 5, started, null))));
		TaskView task = casework.openTasks(opened.id()).get(0);
		assertThat(task.clockId()).isNotNull();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> count(editorOne, "TASK_OPENED", title) == 1 && count(editorTwo, "TASK_OPENED", title) == 1);
		assertThat(centre(editorOne)).contains("新的待办：" + title);
		assertThat(jdbc.sql("SELECT body FROM notification_message WHERE title = ?")
			.param("新的待办：" + title)
			.query(String.class)
			.list()).hasSize(2).allSatisfy((body) -> assertThat(body).startsWith("丁撰稿 送来一件待办"));
		assertThat(centre(editorTwo)).contains("新的待办：" + title);
		for (String nobody : new String[] { plainStaff, writer, editorElsewhere }) {
			assertThat(count(nobody, null, title)).as(nobody).isZero();
			assertThat(centre(nobody)).doesNotContain(title);
		}

		clock.set(Instant.parse("2031-03-11T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> count(editorOne, "DEADLINE_MISSED", title) >= 1
					&& count(editorTwo, "DEADLINE_MISSED", title) >= 1);
		awaitListenersDone(title.substring(title.indexOf(' ') + 1));
		assertThat(count(editorOne, "DEADLINE_MISSED", title)).isEqualTo(1);
		assertThat(count(editorTwo, "DEADLINE_MISSED", title)).isEqualTo(1);
		assertThat(centre(editorOne)).contains("已超期：" + title);
		for (String nobody : new String[] { plainStaff, writer, editorElsewhere }) {
			assertThat(count(nobody, null, title)).as(nobody).isZero();
		}
	}

	private String editor(UUID where, String prefix, String name) {
		String username = TestStaff.staff(accounts, where, prefix, name, PASSWORD);
		accounts.grant(username, ContentRoles.EDITOR);
		return username;
	}

	/** The person's messages about this title, of one type or all. */
	private long count(String username, @Nullable String type, String title) {
		return jdbc.sql("""
				SELECT count(*) FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id
				WHERE a.username = :username AND m.in_app AND m.title LIKE :title
				  AND (CAST(:type AS text) IS NULL OR m.event_type = :type)""")
			.param("username", username)
			.param("title", "%" + title + "%")
			.param("type", type)
			.query(Long.class)
			.single();
	}

	/** The person's message centre, as shown. */
	private String centre(String username) throws Exception {
		return mvc.get()
			.uri("/workbench/messages")
			.with(user(username).roles("STAFF"))
			.exchange()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * Until no publication of an event about this test's case waits for its listeners
	 * (other tests' publications in the shared database are not this test's to wait for).
	 */
	private void awaitListenersDone(String marker) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND serialized_event LIKE ?")
				.param("%" + marker + "%")
				.query(Long.class)
				.single() == 0);
	}

}
