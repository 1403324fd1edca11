package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhengtong.testing.PdfText.text;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.NoticeKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 延期 (行政许可法 art. 42) and 中止 (art. 45) through their desks, on the 2026 calendar of
 * {@link PermitClockIntegrationTests}: once, by the department's 审批负责人, +10 (+15 joint),
 * not after the due day; a suspension pauses both clocks, one at a time; each gives the
 * applicant its written notice, refusals change nothing and are audited.
 */
@IntegrationTest
class CaseStepsIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	ExtensionDesk extensions;

	@Autowired
	SuspensionDesk suspensions;

	@Autowired
	WrittenNotices written;

	@Autowired
	PermitCases cases;

	@Autowired
	Deadlines deadlines;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	MessageSource messages;

	@Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	String leader;

	String reviewer;

	String otherLeader;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		leader = TestStaff.withRole(accounts, department, "lead", "张局长", PermitRoles.PERMIT_LEADER);
		reviewer = TestStaff.withRole(accounts, department, "rev", "刘审查", PermitRoles.PERMIT_REVIEWER);
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		otherLeader = TestStaff.withRole(accounts, other, "lead", "赵别处", PermitRoles.PERMIT_LEADER);
	}

	@Test
	void art42_the_leader_extends_once_by_10_working_days_to_2026_06_08_and_the_applicant_gets_the_notice()
			throws Exception {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 12);
		clock.set(LocalDateTime.of(2026, 5, 20, 9, 0));

		CaseExtension extension = extensions.extend(accepted.id(), "需要组织现场核查", leader);

		assertThat(extension.days()).isEqualTo(10);
		assertThat(extension.dueBefore()).isEqualTo(LocalDate.parse("2026-05-25"));
		assertThat(extension.dueAfter()).isEqualTo(LocalDate.parse("2026-06-08"));
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-08"));
		assertThat(deadlines.view(accepted.promisedClockId()).dueDay()).as("the department's promise stays")
			.isEqualTo(LocalDate.parse("2026-05-13"));
		WrittenNotice notice = notice(accepted.id(), NoticeKind.EXTENSION);
		assertThat(text(notice.pdf())).contains("延长行政许可期限通知书", "需要组织现场核查", "第四十二条", "10个工作日", "2026年6月8日");

		// once (art. 42): refused in words, nothing changed, audited
		assertThatThrownBy(() -> extensions.extend(accepted.id(), "还需要再核查", leader))
			.isInstanceOfSatisfying(CaseStepRefused.class, (refused) -> {
				assertThat(refused.messageKey()).isEqualTo("permit.extension.refused.second");
				assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains("第四十二条", accepted.number(), "2026-05-20");
			});
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-06-08"));
		assertThat(written.findByCaseIdOrderByIdAsc(accepted.id()))
			.filteredOn((each) -> each.kind() == NoticeKind.EXTENSION)
			.hasSize(1);
		awaitAudit(accepted.number(), ExtensionDesk.EXTENDED, "DENIED", leader);
		awaitAudit(accepted.number(), ExtensionDesk.EXTENDED, "SUCCESS", leader);
	}

	@Test
	void art42_only_the_departments_leader_extends_joint_items_by_15_and_not_after_the_due_day() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 20);
		clock.set(LocalDateTime.of(2026, 5, 20, 9, 0));

		assertThatThrownBy(() -> extensions.extend(accepted.id(), "理由", reviewer)).isInstanceOf(CaseStepRefused.class)
			.hasMessage("No such case");
		assertThatThrownBy(() -> extensions.extend(accepted.id(), "理由", otherLeader))
			.isInstanceOf(CaseStepRefused.class)
			.hasMessage("No such case");
		assertThatThrownBy(() -> extensions.extend(accepted.id(), "  ", leader)).isInstanceOf(CaseStepRefused.class)
			.hasMessage("permit.extension.refused.reason");

		clock.set(LocalDateTime.of(2026, 5, 26, 9, 0));
		assertThatThrownBy(() -> extensions.extend(accepted.id(), "逾期后补批", leader)).isInstanceOf(CaseStepRefused.class)
			.hasMessage("permit.extension.refused.overdue");
		assertThat(extensions.of(accepted.id())).isEmpty();
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-25"));

		PermitCase joint = acceptedOn23April(LimitKind.JOINT, 45, 30);
		clock.set(LocalDateTime.of(2026, 5, 20, 9, 0));
		assertThat(extensions.extend(joint.id(), "需要多部门联合现场核查", leader).days()).isEqualTo(15);
		// 06-30 (day 45), then 07-01–03, 06–10, 13–17, 20–21: 15 working days
		assertThat(deadlines.view(joint.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-07-21"));
	}

	@Test
	void art45_a_suspension_pauses_both_clocks_one_at_a_time_and_tells_the_applicant() throws Exception {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 12);

		clock.set(LocalDateTime.of(2026, 5, 11, 10, 0));
		assertThatThrownBy(
				() -> suspensions.suspend(accepted.id(), SuspensionKind.EXPERT_REVIEW, "组织专家评审", 5, otherLeader))
			.isInstanceOf(CaseStepRefused.class)
			.hasMessage("No such case");
		assertThatThrownBy(() -> suspensions.suspend(accepted.id(), SuspensionKind.EXPERT_REVIEW, "组织专家评审", 5, clerk))
			.isInstanceOf(CaseStepRefused.class)
			.hasMessage("No such case");
		suspensions.suspend(accepted.id(), SuspensionKind.EXPERT_REVIEW, "组织专家评审", 5, reviewer);

		assertThatThrownBy(() -> suspensions.suspend(accepted.id(), SuspensionKind.TESTING, "送检", 3, leader))
			.isInstanceOf(CaseStepRefused.class)
			.hasMessage("permit.suspension.refused.open");
		assertThat(text(notice(accepted.id(), NoticeKind.SUSPENSION).pdf())).contains("中止告知书", "专家评审", "组织专家评审",
				"第四十五条", "5个工作日", "2026年5月11日");

		clock.set(LocalDateTime.of(2026, 5, 15, 10, 0));
		suspensions.resume(accepted.id(), leader);

		// 05-12 to 05-15 paused (4 working days): 05-25 + 4 → 05-29; 05-13 + 4 → 05-19
		assertThat(deadlines.view(accepted.legalClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-29"));
		assertThat(deadlines.view(accepted.promisedClockId()).dueDay()).isEqualTo(LocalDate.parse("2026-05-19"));
		assertThat(suspensions.of(accepted.id())).singleElement().satisfies((done) -> {
			assertThat(done.open()).isFalse();
			assertThat(done.resumedBy()).isEqualTo(leader);
		});
		assertThatThrownBy(() -> suspensions.resume(accepted.id(), leader)).isInstanceOf(CaseStepRefused.class)
			.hasMessage("permit.suspension.refused.notSuspended");
		awaitAudit(accepted.number(), SuspensionDesk.SUSPENDED, "DENIED", leader);
		awaitAudit(accepted.number(), SuspensionDesk.RESUMED, "SUCCESS", leader);
	}

	@Test
	void the_fragments_offer_extension_to_the_leader_and_resumption_while_suspended_and_nothing_to_others() {
		PermitCase accepted = acceptedOn23April(LimitKind.SINGLE, 20, 12);
		clock.set(LocalDateTime.of(2026, 5, 11, 10, 0));
		suspensions.suspend(accepted.id(), SuspensionKind.TESTING, "样品送检", 3, reviewer);

		String leaders = fragments(accepted, leader);
		assertThat(leaders).contains("id=\"extend-form\"", "2026-05-25", "id=\"resume-form\"", "检测", "样品送检", "中止中")
			.doesNotContain("id=\"suspend-form\"");
		assertThat(fragments(accepted, reviewer)).contains("id=\"resume-form\"").doesNotContain("id=\"extend-form\"");
		assertThat(fragments(accepted, otherLeader)).doesNotContain("extend-form", "resume-form", "suspend-form");

		suspensions.resume(accepted.id(), reviewer);
		extensions.extend(accepted.id(), "需要组织现场核查", leader);
		assertThat(fragments(accepted, leader)).contains("id=\"suspend-form\"", "需要组织现场核查")
			.doesNotContain("id=\"extend-form\"");
	}

	private String fragments(PermitCase found, String reader) {
		org.zhengtong.testing.CertificateSignIn.signedIn(reader, null);
		try {
			var request = new org.springframework.mock.web.MockHttpServletRequest();
			var exchange = org.thymeleaf.web.servlet.JakartaServletWebApplication
				.buildApplication(new org.springframework.mock.web.MockServletContext())
				.buildExchange(request, new org.springframework.mock.web.MockHttpServletResponse());
			org.thymeleaf.context.WebContext page = new org.thymeleaf.context.WebContext(exchange,
					Locale.SIMPLIFIED_CHINESE);
			page.setVariable(
					org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(context, null));
			page.setVariable("permitCase", cases.findById(found.id()).orElseThrow());
			return templates.process("permit-test/case-actions", page);
		}
		finally {
			org.zhengtong.testing.CertificateSignIn.signOut();
		}
	}

	private WrittenNotice notice(long caseId, NoticeKind kind) {
		return written.findByCaseIdOrderByIdAsc(caseId)
			.stream()
			.filter((each) -> each.kind() == kind)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * An entry of the step under the case's number; a refusal (one guard for every desk)
	 * also names the post and the department the actor works in.
	 */
	private void awaitAudit(String objectId, String action, String outcome, String actor) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT count(*) FROM audit_entry
					WHERE object_id = ? AND action = ? AND outcome = ? AND actor = ?
					AND (outcome <> 'DENIED' OR (post IS NOT NULL AND unit_id = ?))""")
				.param(objectId)
				.param(action)
				.param(outcome)
				.param(actor)
				.param(department.toString())
				.query(Long.class)
				.single()).isPositive());
	}

	private PermitCase acceptedOn23April(LimitKind kind, int legal, int promised) {
		Guide guide = fixture.guide(department, kind, legal, promised);
		PermitCase waiting = fixture.submitted(guide, fixture.citizen(), at(2026, 4, 23, 9));
		clock.set(LocalDateTime.of(2026, 4, 23, 10, 30));
		desk.accept(waiting.id(), clerk);
		return cases.findById(waiting.id()).orElseThrow();
	}

	private Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(clock.getZone()).toInstant();
	}

}
