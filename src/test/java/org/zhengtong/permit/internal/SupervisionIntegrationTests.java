package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 电子监察's warnings: a case's 承诺 clock turning yellow and then red keeps one warning per
 * colour however often the sweep runs, each with a 黄牌/红牌 task for the department's 审批负责人;
 * red replaces yellow; the decision resolves what is open; an extension that moves the
 * clock back resolves its warning; the rows are append-only; and the 监察 pages show the
 * department's warnings to its leader and the monitor only.
 */
@IntegrationTest
class SupervisionIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	PermitCases cases;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	String leader;

	String otherLeader;

	String monitor;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "监察测试局", "Supervision Test Bureau");
		UUID other = TestStaff.unit(units, "监察别处局", "Elsewhere Bureau");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		leader = TestStaff.withRole(accounts, department, "lead", "王负责", PermitRoles.PERMIT_LEADER);
		otherLeader = TestStaff.withRole(accounts, other, "lead", "赵别处", PermitRoles.PERMIT_LEADER);
		monitor = TestStaff.withRole(accounts, TestStaff.unit(units, "督查科", "Inspection"), "mon", "蒋监察",
				PermitRoles.PERMIT_MONITOR);
		// 5 promised and 20 legal working days
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 5);
	}

	/**
	 * Accepted Mon 2031-03-03 10:00 (weekends only that year): the 承诺 clock's 5 working
	 * days end with Mon 03-10; yellow from the start of the 4th, Fri 03-07.
	 */
	private PermitCase accepted() {
		Instant accepted = Instant.parse("2031-03-03T02:00:00Z");
		clock.set(accepted);
		PermitCase received = fixture.submitted(guide, fixture.citizen(), accepted.minusSeconds(3600));
		desk.accept(received.id(), clerk);
		return cases.findById(received.id()).orElseThrow();
	}

	@Test
	void a_clock_turning_yellow_then_red_keeps_one_warning_per_colour_with_a_task_for_the_leader() {
		PermitCase accepted = accepted();
		long promised = accepted.promisedClockId();

		clock.set(Instant.parse("2031-03-06T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		clock.set(Instant.parse("2031-03-07T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30)).until(() -> warnings(accepted).size() == 1);
		WarningView yellow = warnings(accepted).get(0);
		assertThat(yellow.level().name()).isEqualTo("YELLOW");
		assertThat(yellow.legal()).isFalse();
		assertThat(yellow.dueDay()).hasToString("2031-03-10");
		assertThat(yellow.open()).isTrue();
		TaskView yellowTask = task(yellow);
		assertThat(yellowTask.assignee().key()).isEqualTo("unit:" + department + ":" + PermitRoles.DECIDE);
		assertThat(casework.mayAct(yellowTask.id(), leader)).isTrue();
		assertThat(casework.mayAct(yellowTask.id(), otherLeader)).isFalse();
		assertThat(page("/workbench", leader)).contains("黄牌：办件 " + accepted.number());
		awaitAudit(yellow.id(), "permit.warning.raised");

		clock.set(Instant.parse("2031-03-11T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30)).until(() -> warnings(accepted).size() == 2);
		await().atMost(Duration.ofSeconds(30)).until(() -> !warnings(accepted).get(0).open());
		List<WarningView> both = warnings(accepted);
		assertThat(both.get(0).resolution()).isEqualTo(Resolution.ESCALATED);
		assertThat(both.get(1).level().name()).isEqualTo("RED");
		assertThat(both.get(1).open()).isTrue();
		assertThat(casework.find(WarningTaskType.CODE, String.valueOf(yellow.id())).orElseThrow().closed()).isTrue();
		assertThat(casework.find(WarningTaskType.CODE, String.valueOf(both.get(1).id())).orElseThrow().state())
			.isEqualTo("OPEN");
		assertThat(both).extracting(WarningView::caseId).containsOnly(accepted.id());
		assertThat(promised).isEqualTo(accepted.promisedClockId());

		// the decision resolves the open red card and closes its task
		transactions
			.executeWithoutResult((status) -> events.publishEvent(new CaseDecided(accepted.id(), accepted.number(),
					department, null, Decision.APPROVED, "测许〔2031〕1号", "准予", false, leader, clock.instant())));
		await().atMost(Duration.ofSeconds(30)).until(() -> !warnings(accepted).get(1).open());
		assertThat(warnings(accepted).get(1).resolution()).isEqualTo(Resolution.DECIDED);
		assertThat(casework.find(WarningTaskType.CODE, String.valueOf(both.get(1).id())).orElseThrow().closed())
			.isTrue();
		awaitAudit(both.get(1).id(), "permit.warning.resolved");
	}

	@Test
	void an_extension_that_moves_the_clock_back_resolves_its_warning_and_it_stays_in_history() {
		PermitCase accepted = accepted();
		clock.set(Instant.parse("2031-03-07T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30)).until(() -> warnings(accepted).size() == 1);

		deadlines.extend(accepted.promisedClockId(), 10, "需现场核查", leader);
		jobs.run("permit.warning-check");

		WarningView resolved = warnings(accepted).get(0);
		assertThat(resolved.resolution()).isEqualTo(Resolution.RECOMPUTED);
		assertThat(resolved.resolvedAt()).isNotNull();
		assertThat(casework.find(WarningTaskType.CODE, String.valueOf(resolved.id())).orElseThrow().closed()).isTrue();
		String list = page("/workbench/permit/supervision?state=resolved&number=" + accepted.number(), monitor);
		assertThat(list).contains(accepted.number(), "已解除", "期限重新计算");
	}

	@Test
	void warnings_are_append_only() {
		PermitCase accepted = accepted();
		clock.set(Instant.parse("2031-03-07T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30)).until(() -> warnings(accepted).size() == 1);
		long id = warnings(accepted).get(0).id();

		assertThatThrownBy(() -> jdbc.sql("DELETE FROM permit_warning WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE permit_warning SET due_day = due_day + 1 WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc
			.sql("UPDATE permit_warning SET level = 'RED', resolved_at = now(), "
					+ "resolution = 'DECIDED' WHERE id = ?")
			.param(id)
			.update()).isInstanceOf(DataAccessException.class);
		jdbc.sql("UPDATE permit_warning SET resolved_at = now(), resolution = 'DECIDED' WHERE id = ?")
			.param(id)
			.update();
		assertThatThrownBy(
				() -> jdbc.sql("UPDATE permit_warning SET resolved_at = now(), resolution = 'ENDED' WHERE id = ?")
					.param(id)
					.update())
			.isInstanceOf(DataAccessException.class);
		assertThat(warnings(accepted)).singleElement()
			.satisfies((warning) -> assertThat(warning.resolution()).isEqualTo(Resolution.DECIDED));
	}

	@Test
	void the_leader_and_the_monitor_read_the_warnings_another_department_and_the_clerk_do_not() {
		PermitCase accepted = accepted();
		clock.set(Instant.parse("2031-03-07T02:00:00Z"));
		jobs.run("casework.deadline-sweep");
		await().atMost(Duration.ofSeconds(30)).until(() -> warnings(accepted).size() == 1);
		String path = "/workbench/permit/supervision?number=" + accepted.number();

		assertThat(page(path, leader)).contains(accepted.number(), "黄牌", "承诺时限", "2031-03-10");
		assertThat(page(path, monitor)).contains(accepted.number(), "监察测试局");
		assertThat(page(path, otherLeader)).doesNotContain("/cases/" + accepted.number());
		String detail = page("/workbench/permit/supervision/cases/" + accepted.number(), monitor);
		assertThat(detail).contains(accepted.number(), "期限如何计算", "办理过程", "黄牌", "王*明");
		assertThat(status("/workbench/permit/supervision/cases/" + accepted.number(), otherLeader)).isEqualTo(404);
		assertThat(status("/workbench/permit/supervision?department=" + department, otherLeader)).isEqualTo(404);
		assertThat(status("/workbench/permit/supervision", clerk)).isEqualTo(403);
		assertThat(status("/workbench/permit/supervision", "sysadmin")).isEqualTo(403);
	}

	private List<WarningView> warnings(PermitCase found) {
		return jdbc.sql("SELECT id FROM permit_warning WHERE case_id = ? ORDER BY id")
			.param(found.id())
			.query(Long.class)
			.list()
			.stream()
			.map((id) -> transactions.execute((status) -> records().find(id).orElseThrow()))
			.toList();
	}

	@Autowired
	WarningRecords warningRecords;

	private WarningRecords records() {
		return warningRecords;
	}

	private TaskView task(WarningView warning) {
		CaseView core = casework.find(WarningTaskType.CODE, String.valueOf(warning.id())).orElseThrow();
		return casework.openTasks(core.id()).get(0);
	}

	private void awaitAudit(long warning, String action) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = ? AND action = ?")
				.params(String.valueOf(warning), action)
				.query(Long.class)
				.single() > 0);
	}

	private String page(String uri, String username) {
		var result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(String uri, String username) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

}
