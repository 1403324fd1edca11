package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.files.FileRefused;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.AcceptanceRefused;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 受理, 不予受理 and 一次性告知补正 (行政许可法 art. 32) on cases received for a department of the test's
 * own: who may act (the department's 窗口受理员; everyone else is told the case does not
 * exist), what each step does to the case, its core case, its clocks and the audit log,
 * and the refusals that change nothing.
 */
@IntegrationTest
class AcceptanceDeskIntegrationTests {

	static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

	@Autowired
	ApplicationContext context;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	PermitCases cases;

	@Autowired
	PermitItems items;

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
	MessageSource messages;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	String otherClerk;

	UUID other;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		other = TestStaff.unit(units, "卫健委", "Health Commission");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		otherClerk = TestStaff.withRole(accounts, other, "clerk", "赵别处", PermitRoles.PERMIT_CLERK);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@Test
	void a_clerk_accepts_the_case_goes_to_review_with_both_clocks() {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());

		desk.accept(received.id(), clerk);

		PermitCase accepted = cases.findById(received.id()).orElseThrow();
		assertThat(accepted.state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(accepted.acceptedBy()).isEqualTo(clerk);
		assertThat(accepted.deemedAccepted()).isFalse();
		assertThat(casework.find(accepted.caseworkCaseId()).orElseThrow().state()).isEqualTo("ACCEPTED");
		List<TaskView> open = casework.openTasks(accepted.caseworkCaseId());
		assertThat(open).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).contains(PermitRoles.REVIEW));
		assertThat(deadlines.view(accepted.promisedClockId()).amount()).isEqualTo(15);
		assertThat(deadlines.view(accepted.legalClockId()).amount()).isEqualTo(20);
		awaitAudit(accepted.number(), "permit.case.accepted", "SUCCESS");
	}

	@Test
	void another_departments_clerk_and_the_administrator_are_told_it_does_not_exist() {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());

		for (String stranger : List.of(otherClerk, "sysadmin")) {
			assertThatThrownBy(() -> desk.accept(received.id(), stranger)).isInstanceOf(AcceptanceRefused.class)
				.extracting((refused) -> ((AcceptanceRefused) refused).messageKey())
				.isEqualTo(AcceptanceRefused.NOT_FOUND);
			assertThatThrownBy(() -> desk.forClerk(received.number(), stranger)).isInstanceOf(AcceptanceRefused.class);
		}
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);
		// one guard for every step: under the case's number, with the post and unit in
		// use
		awaitAudit(received.number(), "permit.case.accepted", "DENIED");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT unit_id FROM audit_entry
					WHERE object_id = ? AND action = 'permit.case.accepted' AND outcome = 'DENIED' AND actor = ?
					AND post IS NOT NULL""").params(received.number(), otherClerk).query(String.class).list())
				.containsExactly(other.toString()));
	}

	@Test
	void not_accepting_needs_a_reason_and_ends_the_case() {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());

		assertThatThrownBy(() -> desk.reject(received.id(), "  ", clerk)).isInstanceOf(AcceptanceRefused.class)
			.hasMessage("permit.acceptance.refused.reason");
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.SUBMITTED);

		desk.reject(received.id(), "申请事项不属于本机关职权范围", clerk);

		PermitCase rejected = cases.findById(received.id()).orElseThrow();
		assertThat(rejected.state()).isEqualTo(PermitCaseState.REJECTED);
		assertThat(rejected.rejectReason()).isEqualTo("申请事项不属于本机关职权范围");
		assertThat(casework.find(rejected.caseworkCaseId()).orElseThrow().closedAt()).isNotNull();
		assertThat(casework.openTasks(rejected.caseworkCaseId())).isEmpty();
	}

	@Test
	void one_correction_notice_then_the_applicants_uploads_send_the_case_back_to_the_clerks() throws Exception {
		String applicant = fixture.citizen();
		PermitCase received = fixture.submitted(guide, applicant, Instant.now());

		assertThatThrownBy(() -> desk.noticeCorrection(received.id(), List.of(), clerk))
			.isInstanceOf(AcceptanceRefused.class)
			.hasMessage("permit.acceptance.refused.noItems");
		assertThatThrownBy(
				() -> desk.noticeCorrection(received.id(), List.of(new AcceptanceDesk.NoticeLine(1, null, " ")), clerk))
			.isInstanceOf(AcceptanceRefused.class)
			.hasMessage("permit.acceptance.refused.itemReason");
		CorrectionNotice notice = desk.noticeCorrection(received.id(),
				List.of(new AcceptanceDesk.NoticeLine(1, null, "身份证明复印件模糊不清"),
						new AcceptanceDesk.NoticeLine(null, "委托书", "由代理人申请的，须提交授权委托书")),
				clerk);

		assertThat(notice.items()).extracting(CorrectionItem::name).containsExactly("法定代表人身份证明", "委托书");
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CORRECTION);
		assertThat(casework.openTasks(received.caseworkCaseId())).isEmpty();

		// the applicant hears of it in their message centre, with the whole list
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT m.body FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id
					WHERE a.username = ? AND m.event_type = 'PERMIT_CORRECTION'""")
				.param(applicant)
				.query(String.class)
				.list()).singleElement()
				.satisfies((body) -> assertThat(body).contains(received.number(), "第三十二条", "1. 法定代表人身份证明：身份证明复印件模糊不清",
						"2. 委托书：由代理人申请的，须提交授权委托书")));

		// art. 32: once
		assertThatThrownBy(() -> desk.noticeCorrection(received.id(),
				List.of(new AcceptanceDesk.NoticeLine(0, null, "又发现缺少")), clerk))
			.isInstanceOfSatisfying(AcceptanceRefused.class, (refused) -> {
				assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains("第三十二条")
					.contains("一次性告知");
				assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
					.contains("article 32");
			});
		awaitAudit(received.number(), "permit.case.correction-noticed", "DENIED");

		// not the owner, not a listed item, not a document
		assertThatThrownBy(() -> desk.uploadCorrection(received.number(), 0, pdf(), "a.pdf", fixture.citizen()))
			.isInstanceOf(AcceptanceRefused.class)
			.hasMessage("No such case");
		assertThatThrownBy(() -> desk.uploadCorrection(received.number(), 2, pdf(), "a.pdf", applicant))
			.isInstanceOf(AcceptanceRefused.class)
			.hasMessage("permit.correction.refused.notListed");
		assertThatThrownBy(() -> desk.uploadCorrection(received.number(), 0,
				new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8)), "fake.pdf", applicant))
			.isInstanceOf(FileRefused.class);

		assertThat(desk.uploadCorrection(received.number(), 0, pdf(), "身份证明.pdf", applicant)).isFalse();
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CORRECTION);
		assertThat(desk.uploadCorrection(received.number(), 1, pdf(), "委托书.pdf", applicant)).isTrue();

		PermitCase corrected = cases.findById(received.id()).orElseThrow();
		assertThat(corrected.state()).isEqualTo(PermitCaseState.SUBMITTED);
		assertThat(desk.noticeOf(received.id()).completedAt()).isNotNull();
		assertThat(casework.openTasks(corrected.caseworkCaseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).contains(PermitRoles.RECEIVE));
		assertThat(casework.history(corrected.caseworkCaseId()))
			.anySatisfy((entry) -> assertThat(entry.opinion()).isEqualTo("补正已到"));
		assertThat(jdbc.sql("SELECT count(*) FROM permit_case_material WHERE case_id = ? AND stage = 'CORRECTION'")
			.param(received.id())
			.query(Long.class)
			.single()).isEqualTo(2L);

		// and then a second notice is still refused
		assertThatThrownBy(() -> desk.noticeCorrection(received.id(),
				List.of(new AcceptanceDesk.NoticeLine(0, null, "again")), clerk))
			.isInstanceOf(AcceptanceRefused.class)
			.hasMessageContaining("Art. 32");
	}

	@Test
	void two_clerks_accept_one_case_at_once_one_wins_the_other_is_told_who() throws Exception {
		String second = TestStaff.withRole(accounts, department, "clerk", "王同时", PermitRoles.PERMIT_CLERK);
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());

		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (String who : List.of(clerk, second)) {
				futures.add(pool.submit(() -> {
					barrier.await();
					try {
						desk.accept(received.id(), who);
						return (Object) who;
					}
					catch (AcceptanceRefused refused) {
						return refused;
					}
				}));
			}
			for (Future<Object> future : futures) {
				outcomes.add(future.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
		String winner = (String) outcomes.stream().filter(String.class::isInstance).findFirst().orElseThrow();
		AcceptanceRefused loser = (AcceptanceRefused) outcomes.stream()
			.filter(AcceptanceRefused.class::isInstance)
			.findFirst()
			.orElseThrow();
		String winnerName = winner.equals(clerk) ? "李受理" : "王同时";
		assertThat(messages.getMessage(loser.messageKey(), loser.arguments(), Locale.SIMPLIFIED_CHINESE))
			.contains(winnerName)
			.contains("已受理");
		PermitCase accepted = cases.findById(received.id()).orElseThrow();
		assertThat(accepted.acceptedBy()).isEqualTo(winner);
		assertThat(jdbc.sql("SELECT count(*) FROM casework_clock WHERE id IN (?, ?)")
			.params(accepted.promisedClockId(), accepted.legalClockId())
			.query(Long.class)
			.single()).isEqualTo(2L);
	}

	static ByteArrayInputStream pdf() {
		return new ByteArrayInputStream(PDF.getBytes(StandardCharsets.US_ASCII));
	}

	private void awaitAudit(String objectId, String action, String outcome) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_id = ? AND action = ? AND outcome = ?")
						.params(objectId, action, outcome)
						.query(Long.class)
						.single())
				.isPositive());
	}

}
