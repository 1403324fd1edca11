package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.DecisionRefused;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 并联审批 (行政许可法 arts. 26 and 42): accepting a joint item's case opens a sub-case per other
 * department, each with its own 审查 task and clocks within the 45-day joint limit; the
 * main case may be decided only once every sub-case is; a refused sub-case and the last
 * decision put tasks in the lead department's 待办. Cases are decided through the decision
 * desk ({@link TestJointCases}).
 */
@IntegrationTest
class JointCasesIntegrationTests {

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	JointCases joint;

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
	MessageSource messages;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	TestPermitCases fixture;

	TestJointCases jointFixture;

	UUID market;

	UUID health;

	UUID fire;

	String clerk;

	String leader;

	String healthReviewer;

	String fireReviewer;

	String healthLeader;

	String fireLeader;

	@BeforeEach
	void setUp() {
		jointFixture = TestJointCases.in(context);
		fixture = jointFixture.received();
		market = TestStaff.unit(units, "市场监管局", "Market Regulation");
		health = TestStaff.unit(units, "卫生健康委", "Health Commission");
		fire = TestStaff.unit(units, "消防救援支队", "Fire Rescue");
		clerk = TestStaff.withRole(accounts, market, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		leader = TestStaff.withRole(accounts, market, "leader", "张局长", PermitRoles.PERMIT_LEADER);
		healthReviewer = TestStaff.withRole(accounts, health, "reviewer", "王审查", PermitRoles.PERMIT_REVIEWER);
		fireReviewer = TestStaff.withRole(accounts, fire, "reviewer", "赵审查", PermitRoles.PERMIT_REVIEWER);
		healthLeader = TestStaff.withRole(accounts, health, "leader", "钱主任", PermitRoles.PERMIT_LEADER);
		fireLeader = TestStaff.withRole(accounts, fire, "leader", "孙支队长", PermitRoles.PERMIT_LEADER);
	}

	@Test
	void accepting_a_joint_case_opens_a_sub_case_per_other_department_with_its_own_review_task_and_clocks() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health, fire), 45, 30));

		List<PermitCase> subs = joint.subCasesOf(main);
		assertThat(subs).hasSize(2);
		assertThat(subs).extracting(PermitCase::number).containsExactly(main.number() + "-1", main.number() + "-2");
		// numbered in the order of the departments' full names (秦川市卫… before 秦川市消…)
		assertThat(subs).extracting(PermitCase::departmentId).containsExactly(health, fire);
		for (PermitCase sub : subs) {
			assertThat(sub.mainCaseId()).isEqualTo(main.id());
			assertThat(sub.state()).isEqualTo(PermitCaseState.ACCEPTED);
			assertThat(sub.acceptedAt()).isEqualTo(main.acceptedAt());
			assertThat(sub.applicantAccountId()).as("the applicant follows the main case").isNull();
			assertThat(sub.queryCodeHash()).isNull();
			CaseView core = casework.find(sub.caseworkCaseId()).orElseThrow();
			assertThat(core.state()).isEqualTo("ACCEPTED");
			assertThat(core.unitId()).isEqualTo(sub.departmentId());
			// art. 42: 45 working days from 04-23 end on 06-30
			// (PermitClockIntegrationTests)
			assertThat(deadlines.view(sub.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-30"));
			assertThat(deadlines.view(sub.promisedClockId()).dueDay())
				.isEqualTo(deadlines.view(main.promisedClockId()).dueDay());
		}
		assertThat(deadlines.view(main.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-30"));

		TaskView healthTask = onlyOpenTask(subs.get(0).caseworkCaseId());
		assertThat(casework.mayAct(healthTask.id(), healthReviewer)).isTrue();
		assertThat(casework.mayAct(healthTask.id(), fireReviewer)).as("another sub-case's department").isFalse();
		assertThat(casework.mayAct(onlyOpenTask(subs.get(1).caseworkCaseId()).id(), fireReviewer)).isTrue();

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'permit.case.joint-opened' AND object_id LIKE ?")
				.param(main.number() + "-%")
				.query(Long.class)
				.single()).isEqualTo(2L));
	}

	@Test
	void the_acceptance_told_twice_opens_the_sub_cases_once() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health, fire), 45, 30));

		transactions.executeWithoutResult((status) -> events
			.publishEvent(new org.zhengtong.permit.CaseAccepted(main.id(), main.number(), market, clerk,
					main.acceptedAt(), false, LocalDate.parse("2026-06-04"), LocalDate.parse("2026-06-30"))));

		assertThat(joint.subCasesOf(main)).hasSize(2);
		assertThat(jdbc.sql("SELECT count(*) FROM permit_case WHERE main_case_id = ?")
			.param(main.id())
			.query(Long.class)
			.single()).isEqualTo(2L);
	}

	@Test
	void a_single_item_opens_no_sub_case() {
		Guide single = fixture.guide(market, LimitKind.SINGLE, 20, 10);
		PermitCase waiting = fixture.submitted(single, fixture.citizen(), at(2026, 4, 23, 9));
		desk.accept(waiting.id(), clerk);

		assertThat(joint.subCasesOf(waiting)).isEmpty();
		joint.requireAllDecided(waiting);
	}

	@Test
	void art42_a_joint_guide_counting_more_than_45_days_is_held_to_the_joint_limit() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health), 60, 50));

		assertThat(deadlines.view(main.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-30"));
		assertThat(deadlines.view(main.legalClockId()).amount()).isEqualTo(45);
		assertThat(deadlines.view(joint.subCasesOf(main).get(0).legalClockId()).amount()).isEqualTo(45);
		assertThat(deadlines.view(main.promisedClockId()).amount()).isEqualTo(45);
	}

	@Test
	void the_main_case_may_be_decided_only_when_every_sub_case_is_naming_those_still_deciding() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health, fire), 45, 30));
		List<PermitCase> subs = joint.subCasesOf(main);

		assertThatThrownBy(() -> joint.requireAllDecided(main)).isInstanceOfSatisfying(DecisionRefused.class,
				(refused) -> assertThat(
						messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains(departmentName(health), departmentName(fire)));

		jointFixture.decide(subs.get(0), Decision.APPROVED, healthLeader);
		assertThatThrownBy(() -> joint.requireAllDecided(main)).isInstanceOfSatisfying(DecisionRefused.class,
				(refused) -> assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
					.contains(departmentName(fire))
					.doesNotContain(departmentName(health)));

		jointFixture.decide(subs.get(1), Decision.APPROVED, fireLeader);
		joint.requireAllDecided(main);
	}

	@Test
	void a_refused_sub_case_puts_a_task_for_the_lead_leader_on_the_main_case_once() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health, fire), 45, 30));
		PermitCase healthCase = joint.subCasesOf(main).get(0);

		jointFixture.decide(healthCase, Decision.REFUSED, healthLeader);
		transactions.executeWithoutResult((status) -> events
			.publishEvent(new org.zhengtong.permit.CaseDecided(healthCase.id(), healthCase.number(), health, main.id(),
					Decision.REFUSED, "决定", "理由", false, healthLeader, clock.instant())));

		CaseView reminder = casework
			.find(JointReminderType.CODE, JointReminders.refusedSubject(main.id(), healthCase.id()))
			.orElseThrow();
		assertThat(reminder.title()).contains("子件不予许可：" + departmentName(health) + "，请决定", main.number());
		assertThat(reminder.link()).isEqualTo("/workbench/permit/cases/" + main.id());
		TaskView task = onlyOpenTask(reminder.id());
		assertThat(casework.mayAct(task.id(), leader)).isTrue();
		assertThat(casework.mayAct(task.id(), clerk)).as("not the leader").isFalse();
		assertThat(casework.find(JointReminderType.CODE, JointReminders.decidedSubject(main.id())))
			.as("the fire department still decides")
			.isEmpty();
	}

	@Test
	void the_last_sub_case_decision_reminds_the_lead_leader_of_a_main_waiting_for_its_decision_and_the_main_decision_ends_the_reminders() {
		PermitCase main = acceptedOn23April(jointFixture.guide(market, Set.of(health, fire), 45, 30));
		List<PermitCase> subs = joint.subCasesOf(main);
		jointFixture.reviewed(main);

		jointFixture.decide(subs.get(0), Decision.REFUSED, healthLeader);
		assertThat(casework.find(JointReminderType.CODE, JointReminders.decidedSubject(main.id()))).isEmpty();
		jointFixture.decide(subs.get(1), Decision.APPROVED, fireLeader);

		CaseView waiting = casework.find(JointReminderType.CODE, JointReminders.decidedSubject(main.id()))
			.orElseThrow();
		assertThat(waiting.title()).contains("待决定", main.number());
		assertThat(casework.mayAct(onlyOpenTask(waiting.id()).id(), leader)).isTrue();

		jointFixture.decide(jointFixture.reload(main), Decision.APPROVED, leader);

		for (String subject : List.of(JointReminders.decidedSubject(main.id()),
				JointReminders.refusedSubject(main.id(), subs.get(0).id()))) {
			CaseView done = casework.find(JointReminderType.CODE, subject).orElseThrow();
			assertThat(done.closed()).as(subject).isTrue();
			assertThat(casework.openTasks(done.id())).isEmpty();
		}
	}

	private PermitCase acceptedOn23April(Guide guide) {
		return jointFixture.acceptedOn23April(guide, clerk);
	}

	private TaskView onlyOpenTask(Long coreCase) {
		List<TaskView> open = casework.openTasks(coreCase);
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	private String departmentName(UUID department) {
		return joint.departmentName(department);
	}

	private Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(clock.getZone()).toInstant();
	}

}
