package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.calendar.CalendarManagement;
import org.zhengtong.calendar.DayKind;
import org.zhengtong.calendar.SpecialDay;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.platform.JobManagement;
import org.zhengtong.platform.JobStatus;
import org.zhengtong.platform.JobView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The permit clocks against the 2026 calendar (劳动节 05-01–05 off, Sat 05-09 调休上班, 端午节
 * 06-19–21), dates worked out by hand in issue 19 and named after the articles: 行政许可法
 * art. 42 (20 working days, one extension of 10; 45 for joint handling), art. 45 (time
 * for hearings, testing, expert review… does not count), art. 32 (an application nobody
 * acted on in 5 working days counts as accepted from receipt), art. 82 and 民法典 art. 201
 * (working days; the start day not counted).
 */
@IntegrationTest
class PermitClockIntegrationTests {

	static final String EDITOR = "permit-clock-tests";

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
	ExtensionDesk extensions;

	@Autowired
	SuspensionDesk suspensions;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	JobManagement jobs;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs scheduled;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
	}

	@Test
	void art42_accepted_on_2026_04_23_twenty_working_days_end_on_2026_05_25() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 12);

		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).as("05-09 a 调休 working day, 05-01–05 off")
			.isEqualTo(LocalDate.parse("2026-05-25"));
		// 承诺 12 working days: 04-24, 27–30 (5), 05-06–09 (9), 11–13 (12)
		assertThat(deadlines.view(accepted.promisedClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-13"));
	}

	@Test
	void art42_the_extension_of_10_working_days_ends_on_2026_06_08() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 20);

		String leader = TestStaff.withRole(accounts, department, "lead", "张局长", PermitRoles.PERMIT_LEADER);
		extensions.extend(accepted.id(), "需要组织现场核查", leader);

		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-08"));
	}

	@Test
	void art45_a_suspension_for_expert_review_moves_the_due_date_by_the_paused_working_days() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 20);

		String leader = TestStaff.withRole(accounts, department, "lead", "张局长", PermitRoles.PERMIT_LEADER);
		clock.set(LocalDateTime.of(2026, 5, 11, 10, 0));
		suspensions.suspend(accepted.id(), SuspensionKind.EXPERT_REVIEW, "专家评审", 5, leader);
		clock.set(LocalDateTime.of(2026, 5, 15, 10, 0));
		suspensions.resume(accepted.id(), leader);

		// 05-12 to 05-15 paused (4 working days): 05-25 + 4 → 05-29
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-29"));
	}

	@Test
	void art42_joint_handling_has_45_working_days_ending_on_2026_06_30() {
		PermitCase accepted = acceptedOn23April(LimitKind.JOINT, 45, 30);

		// 05-25 is day 20; 05-26–29 (24), 06-01–05 (29), 08–12 (34), 15–18 (38, 06-19
		// 端午),
		// 22–26 (43), 29 (44), 30 (45)
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-30"));
	}

	@Test
	void art32_nobody_acted_for_5_working_days_so_it_counts_as_accepted_from_receipt() {
		Guide guide = fixture.guide(department, LimitKind.SINGLE, 20, 20);
		Instant received = at(2026, 4, 23, 10);
		PermitCase waiting = fixture.submitted(guide, fixture.citizen(), received);

		// 5th working day after 04-23 is 04-30: still the clerks' to decide that day
		clock.set(LocalDateTime.of(2026, 4, 30, 20, 0));
		scheduled.run("permit.deemed-acceptance");
		assertThat(cases.findById(waiting.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);

		clock.set(LocalDateTime.of(2026, 5, 6, 8, 0));
		scheduled.run("permit.deemed-acceptance");

		PermitCase deemed = cases.findById(waiting.id()).orElseThrow();
		assertThat(deemed.state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(deemed.deemedAccepted()).isTrue();
		assertThat(deemed.acceptedBy()).isEqualTo(AccountManagement.SYSTEM);
		assertThat(deemed.acceptedAt()).isEqualTo(received);
		assertThat(deadlines.view(deemed.legalClockId()).dueDay()).as("counted from receipt")
			.isEqualTo(LocalDate.parse("2026-05-25"));
		assertThat(casework.find(deemed.caseworkCaseId()).orElseThrow().state()).isEqualTo("ACCEPTED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc
				.sql("""
						SELECT count(*) FROM audit_entry
						WHERE object_id = ? AND action = 'permit.case.accepted' AND actor = 'system' AND outcome = 'SUCCESS'""")
				.param(deemed.number())
				.query(Long.class)
				.single()).isEqualTo(1L));

		scheduled.run("permit.deemed-acceptance");
		assertThat(cases.findById(waiting.id()).orElseThrow().legalClockId()).as("accepted once")
			.isEqualTo(deemed.legalClockId());
	}

	@Test
	void art32_after_a_correction_the_5_working_days_count_from_the_corrected_materials() throws Exception {
		Guide guide = fixture.guide(department, LimitKind.SINGLE, 20, 20);
		String applicant = fixture.citizen();
		PermitCase waiting = fixture.submitted(guide, applicant, at(2026, 4, 1, 9));
		clock.set(LocalDateTime.of(2026, 4, 2, 9, 0));
		desk.noticeCorrection(waiting.id(), List.of(new AcceptanceDesk.NoticeLine(2, null, "平面图未标注面积")), clerk);
		clock.set(LocalDateTime.of(2026, 4, 23, 10, 0));
		desk.uploadCorrection(waiting.number(), 0, AcceptanceDeskIntegrationTests.pdf(), "平面图.pdf", applicant);

		clock.set(LocalDateTime.of(2026, 4, 29, 10, 0));
		scheduled.run("permit.deemed-acceptance");
		assertThat(cases.findById(waiting.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);

		clock.set(LocalDateTime.of(2026, 5, 1, 10, 0));
		scheduled.run("permit.deemed-acceptance");
		PermitCase deemed = cases.findById(waiting.id()).orElseThrow();
		assertThat(deemed.state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(deemed.acceptedAt()).isEqualTo(at(2026, 4, 23, 10));
	}

	@Test
	void a_calendar_edit_moves_the_due_date_of_an_accepted_permit_case() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 20);
		LocalDate wednesday = LocalDate.parse("2026-05-13");
		clock.reset();
		try {
			recomputedAfter(() -> calendar.setDay(new SpecialDay(wednesday, DayKind.HOLIDAY, "临时放假"), EDITOR));
			assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-26"));
		}
		finally {
			recomputedAfter(() -> calendar.clearDay(wednesday, EDITOR));
		}
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-25"));
	}

	private PermitCase acceptedOn23April(LimitKind kind, int legal, int promised) {
		Guide guide = fixture.guide(department, kind, legal, promised);
		PermitCase waiting = fixture.submitted(guide, fixture.citizen(), at(2026, 4, 23, 9));
		clock.set(LocalDateTime.of(2026, 4, 23, 10, 30));
		desk.accept(waiting.id(), clerk);
		return cases.findById(waiting.id()).orElseThrow();
	}

	private void recomputedAfter(Runnable edit) {
		Set<UUID> before = Set.copyOf(recomputes().stream().map(JobView::id).toList());
		edit.run();
		JobView job = await().atMost(Duration.ofSeconds(60))
			.until(() -> recomputes().stream()
				.filter((found) -> !before.contains(found.id()) && found.status().finished())
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
	}

	private List<JobView> recomputes() {
		return jobs.recent(EDITOR, 50).stream().filter((job) -> job.kind().equals("casework.recompute")).toList();
	}

	private Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(clock.getZone()).toInstant();
	}

}
