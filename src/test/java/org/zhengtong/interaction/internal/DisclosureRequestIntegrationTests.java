package org.zhengtong.interaction.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.content.AnnualReport;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.content.AnnualReport.RequestRow;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.DisclosureRequestAnswered;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 依申请公开 under 政府信息公开条例 (2019) on the real 2026 calendar: numbers per unit and year, the
 * one 补正 notice within 7 working days and the lapse of an uncorrected request (art. 30),
 * the one extension of at most 20 working days approved by the unit's 答复审核人 (art. 33),
 * the ground 不予公开 needs (art. 36), and table 三 of the annual report. Every refusal
 * changes nothing and is audited.
 */
@IntegrationTest
@RecordApplicationEvents
class DisclosureRequestIntegrationTests {

	@Autowired
	DisclosureRequestService service;

	@Autowired
	DisclosureRequests requests;

	@Autowired
	DisclosureFigures figures;

	@Autowired
	Deadlines deadlines;

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
	ApplicationEvents events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	UUID school;

	String officer;

	String leader;

	@BeforeEach
	void unit() {
		school = TestStaff.unit(units, "教育局", "Education Bureau");
		officer = TestStaff.withRole(accounts, school, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		leader = TestStaff.withRole(accounts, school, "ld", "答复审核人", InteractionRoles.INTERACTION_LEADER);
	}

	@Test
	void numbers_run_per_unit_and_year_and_the_officer_gets_a_task_with_the_answer_due_20_working_days_later() {
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		DisclosureRequestService.Received first = online("关于2026年学区划分的文件");
		DisclosureRequestService.Received second = online("关于校车采购的合同");

		assertThat(first.request().number()).isEqualTo("教育局依申〔2026〕1号");
		assertThat(second.request().number()).isEqualTo("教育局依申〔2026〕2号");
		assertThat(first.queryCode()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
		assertThat(deadlines.view(first.request().replyClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-10-22"));
		assertThat(deadlines.view(first.request().noticeClockId()).dueDay())
			.as("7 working days: 09-20 (调休), 21–24, 28, 29")
			.isEqualTo(LocalDate.parse("2026-09-29"));
		assertThat(casework.openTasks(first.request().caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key())
				.isEqualTo("unit:" + school + ":" + InteractionRoles.DISCLOSURE));
		assertThat(service.follow(first.request().number(), first.queryCode())).isNotNull();
		assertThat(service.follow(first.request().number(), "AAAA-AAAA")).isNull();
	}

	@Test
	void art_30_one_correction_notice_within_7_working_days_and_an_uncorrected_request_lapses_after_its_period() {
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		DisclosureRequest late = online("关于某事项的信息").request();
		DisclosureRequest request = online("关于某事项的信息").request();
		UUID lateId = late.id();

		clock.set(LocalDateTime.parse("2026-09-30T09:00:00"));
		assertThatThrownBy(() -> service.noticeCorrection(lateId, "请写明文件名称", 10, officer))
			.isInstanceOf(DisclosureRefused.class)
			.satisfies((refused) -> assertThat(((DisclosureRefused) refused).messageKey())
				.isEqualTo("interaction.disclosure.refused.noticeLate"));
		assertThat(requests.findById(lateId).orElseThrow().state()).isEqualTo(DisclosureState.RECEIVED);
		assertThat(denied(lateId, "interaction.disclosure.correction-noticed")).isEqualTo(1L);

		clock.set(LocalDateTime.parse("2026-09-22T09:00:00"));
		UUID id = request.id();
		service.noticeCorrection(id, "请写明文件名称和发文年份", 5, officer);
		assertThatThrownBy(() -> service.noticeCorrection(id, "again", 5, officer))
			.isInstanceOf(DisclosureRefused.class);
		DisclosureRequest waiting = requests.findById(id).orElseThrow();
		assertThat(waiting.state()).isEqualTo(DisclosureState.CORRECTION);
		// 5 working days from Tue 09-22: 09-23, 09-24, 09-28, 09-29, 09-30.
		assertThat(deadlines.view(waiting.correctionClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-09-30"));

		clock.set(LocalDateTime.parse("2026-09-30T20:00:00"));
		jobs.run("interaction.disclosure-lapses");
		assertThat(requests.findById(id).orElseThrow().state()).as("still within its last day")
			.isEqualTo(DisclosureState.CORRECTION);
		clock.set(LocalDateTime.parse("2026-10-01T08:00:00"));
		jobs.run("interaction.disclosure-lapses");
		DisclosureRequest lapsed = requests.findById(id).orElseThrow();
		assertThat(lapsed.state()).isEqualTo(DisclosureState.LAPSED);
		assertThat(casework.find(lapsed.caseId()).orElseThrow().closed()).isTrue();
	}

	@Test
	void art_33_one_extension_of_at_most_20_days_approved_by_the_units_leader_only() {
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		UUID id = online("关于某事项的信息").request().id();
		UUID elsewhere = TestStaff.unit(units, "交通局", "Transport Bureau");
		String otherLeader = TestStaff.withRole(accounts, elsewhere, "ld", "答复审核人",
				InteractionRoles.INTERACTION_LEADER);
		String otherOfficer = TestStaff.withRole(accounts, elsewhere, "gk", "信息公开专员",
				InteractionRoles.DISCLOSURE_OFFICER);

		clock.set(LocalDateTime.parse("2026-10-12T09:00:00"));
		assertThatThrownBy(() -> service.askExtension(id, 21, "too long", officer))
			.isInstanceOf(DisclosureRefused.class);
		assertThatThrownBy(() -> service.askExtension(id, 10, "not mine", otherOfficer))
			.isInstanceOf(DisclosureRefused.class)
			.satisfies((refused) -> assertThat(((DisclosureRefused) refused).messageKey())
				.isEqualTo("interaction.disclosure.refused.notFound"));
		service.askExtension(id, 20, "需调取档案", officer);
		assertThatThrownBy(() -> service.decideExtension(id, true, otherLeader)).isInstanceOf(DisclosureRefused.class);
		assertThatThrownBy(() -> service.decideExtension(id, true, officer)).isInstanceOf(DisclosureRefused.class);
		service.decideExtension(id, true, leader);

		DisclosureRequest extended = requests.findById(id).orElseThrow();
		assertThat(deadlines.view(extended.replyClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-11-19"));
		assertThatThrownBy(() -> service.askExtension(id, 5, "again", officer)).isInstanceOf(DisclosureRefused.class)
			.satisfies((refused) -> assertThat(((DisclosureRefused) refused).messageKey())
				.isEqualTo("interaction.disclosure.refused.secondExtension"));
		assertThat(deadlines.view(extended.replyClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-11-19"));
		assertThat(denied(id, "interaction.disclosure.extension-asked")).isEqualTo(3L);
		assertThat(denied(id, "interaction.disclosure.extension-decided")).isEqualTo(2L);
	}

	@Test
	void withholding_needs_its_ground_and_the_answer_counts_in_table_3_of_the_annual_report() {
		clock.set(LocalDateTime.parse("2026-09-18T10:00:00"));
		UUID id = online("某企业的投标文件").request().id();
		online("仍在办理的申请");

		assertThatThrownBy(() -> service.answer(id, DisclosureReply.WITHHELD, null, "不予公开。", officer))
			.isInstanceOf(DisclosureRefused.class)
			.satisfies((refused) -> assertThat(((DisclosureRefused) refused).messageKey())
				.isEqualTo("interaction.disclosure.refused.groundMissing"));
		assertThatThrownBy(
				() -> service.answer(id, DisclosureReply.WITHHELD, DisclosureGround.REPEATED, "不予公开。", officer))
			.as("a ground of 不予处理 is not one of 不予公开")
			.isInstanceOf(DisclosureRefused.class);
		assertThat(requests.findById(id).orElseThrow().state()).isEqualTo(DisclosureState.RECEIVED);
		assertThat(denied(id, "interaction.disclosure.answered")).isEqualTo(2L);

		clock.set(LocalDateTime.parse("2026-10-09T10:00:00"));
		service.answer(id, DisclosureReply.WITHHELD, DisclosureGround.THIRD_PARTY, "涉及第三方商业秘密，不予公开。", officer);

		DisclosureRequest answered = requests.findById(id).orElseThrow();
		assertThat(answered.state()).isEqualTo(DisclosureState.ANSWERED);
		assertThat(deadlines.view(answered.replyClockId()).colour().name()).isEqualTo("STOPPED");
		assertThat(events.stream(DisclosureRequestAnswered.class)
			.filter((event) -> event.requestId().equals(id))
			.map(DisclosureRequestAnswered::replyType)).containsExactly("WITHHELD");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(succeeded(id, "interaction.disclosure.answered")).isEqualTo(1L));

		AnnualReport.Figures counted = new AnnualReport.Figures(Set.of(AnnualReport.Part.REQUESTS));
		figures.contribute(school, 2026, counted);
		AnnualReport report = counted.report(school, 2026);
		assertThat(report.request(RequestRow.RECEIVED, Applicant.PERSON)).isEqualTo(2);
		assertThat(report.request(RequestRow.WITHHELD_THIRD_PARTY, Applicant.PERSON)).isEqualTo(1);
		assertThat(report.request(RequestRow.WITHHELD, null)).isEqualTo(1);
		assertThat(report.request(RequestRow.DECIDED_TOTAL, null)).isEqualTo(1);
		assertThat(report.request(RequestRow.CARRIED_OUT, Applicant.PERSON)).isEqualTo(1);
	}

	@Test
	void the_workbench_shows_a_request_to_its_units_officer_and_leader_and_answers_404_to_everyone_else() {
		UUID id = online("范围测试").request().id();
		UUID elsewhere = TestStaff.unit(units, "交通局", "Transport Bureau");
		String otherOfficer = TestStaff.withRole(accounts, elsewhere, "gk", "信息公开专员",
				InteractionRoles.DISCLOSURE_OFFICER);
		String handler = TestStaff.withRole(accounts, school, "cb", "承办人", InteractionRoles.LETTER_HANDLER);

		assertThat(get("/workbench/disclosure/" + id, officer).getResponse().getStatus()).isEqualTo(200);
		assertThat(get("/workbench/disclosure/" + id, leader).getResponse().getStatus()).isEqualTo(200);
		for (String outsider : new String[] { otherOfficer, handler }) {
			assertThat(get("/workbench/disclosure/" + id, outsider).getResponse().getStatus()).as(outsider)
				.isEqualTo(404);
			assertThat(mvc.post()
				.uri("/workbench/disclosure/" + id + "/consultation/end")
				.with(user(users.loadUserByUsername(outsider)))
				.with(csrf())
				.exchange()
				.getResponse()
				.getStatus()).as(outsider).isEqualTo(404);
		}
		assertThat(get("/workbench/disclosure", handler).getResponse().getStatus()).isEqualTo(404);
		assertThat(text(get("/workbench/disclosure", officer))).contains("依申请公开").doesNotContain("交通局依申");
	}

	@Test
	void the_public_form_refuses_a_wrong_id_number_in_the_readers_language_and_stores_nothing() {
		String description = "错误身份证号测试 " + UUID.randomUUID();
		MvcTestResult result = mvc.post()
			.uri("/en/interaction/disclosure")
			.with(csrf())
			.param("unitId", school.toString())
			.param("applicantType", "PERSON")
			.param("applicantName", "<script>alert(1)</script>")
			.param("idNumber", "110105194912310021")
			.param("phone", "13900000000")
			.param("description", description)
			.param("medium", "ELECTRONIC")
			.param("delivery", "ONLINE")
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String page = text(result);
		assertThat(page).contains("Request for government information").doesNotContain("<script>alert(1)</script>");
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_disclosure_request WHERE description = ?")
			.param(description)
			.query(Long.class)
			.single()).isZero();

		MvcTestResult follow = mvc.post()
			.uri("/interaction/disclosure/follow")
			.with(csrf())
			.param("number", "教育局依申〔2026〕1号")
			.param("code", "AAAA-AAAA")
			.exchange();
		assertThat(text(follow)).contains("申请编号或查询码不正确。");
	}

	private MvcTestResult get(String path, String username) {
		return mvc.get().uri(path).with(user(users.loadUserByUsername(username))).exchange();
	}

	private static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

	private DisclosureRequestService.Received online(String description) {
		return service.receive(new ReceiveDisclosure(school, DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明",
				"11010519491231002X", null, null, "13900000000", null, null, description,
				DisclosureRequest.Medium.ELECTRONIC, DisclosureRequest.Delivery.ONLINE, null, LocalDate.now(clock),
				"system"));
	}

	private long denied(UUID id, String action) {
		return count(id, action, "DENIED");
	}

	private long succeeded(UUID id, String action) {
		return count(id, action, "SUCCESS");
	}

	private long count(UUID id, String action, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = ? AND action = ? AND outcome = ?")
			.params(id.toString(), action, outcome)
			.query(Long.class)
			.single();
	}

}
