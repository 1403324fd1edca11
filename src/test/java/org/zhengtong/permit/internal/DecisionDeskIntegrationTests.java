package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CaseClosed;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.DecisionRefused;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 审查 → 决定 on cases of a department of the test's own: the reviewer sends an accepted case
 * for decision with an opinion; the leader grants (a licence to issue or not), refuses
 * with reasons (art. 38's remedy stated) or sends it back; every decision has the
 * department's next 决定文书号, stops the legal clock and is on the 结果公示 list at once with a
 * natural person masked. Refusals change nothing and are audited; only the department's
 * leaders decide; two at once, one wins; a 并联 main case waits for its sub-cases.
 */
@IntegrationTest
@RecordApplicationEvents
class DecisionDeskIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	DecisionDesk desk;

	@Autowired
	SuspensionDesk suspensions;

	@Autowired
	AcceptanceDesk acceptance;

	@Autowired
	PermitCases cases;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	IdNumberSeals seals;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	String reviewer;

	String leader;

	String otherLeader;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		reviewer = TestStaff.withRole(accounts, department, "reviewer", "周审查", PermitRoles.PERMIT_REVIEWER);
		leader = TestStaff.withRole(accounts, department, "leader", "吴局长", PermitRoles.PERMIT_LEADER);
		otherLeader = TestStaff.withRole(accounts, other, "leader", "郑别处", PermitRoles.PERMIT_LEADER);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@Test
	void the_reviewer_sends_the_case_for_decision_and_the_leader_grants_a_licence_to_issue() {
		licence(guide, LicenceType.FOOD_BUSINESS);
		PermitCase accepted = accepted(guide);

		assertThatThrownBy(() -> desk.review(accepted.id(), "  ", reviewer)).isInstanceOf(DecisionRefused.class)
			.hasMessage("permit.decision.refused.opinion");
		desk.review(accepted.id(), "申请材料齐全，经营场所符合要求，拟准予许可。", reviewer);

		PermitCase reviewed = cases.findById(accepted.id()).orElseThrow();
		assertThat(reviewed.state()).isEqualTo(PermitCaseState.REVIEWED);
		assertThat(reviewed.reviewOpinion()).isEqualTo("申请材料齐全，经营场所符合要求，拟准予许可。");
		assertThat(casework.openTasks(reviewed.caseworkCaseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key())
				.isEqualTo("unit:" + department + ":" + PermitRoles.DECIDE));

		desk.approve(accepted.id(), "准予从事餐饮服务经营，经营场所：秦川市雁塔路 1 号。", leader);

		PermitCase decided = cases.findById(accepted.id()).orElseThrow();
		assertThat(decided.state()).isEqualTo(PermitCaseState.DECIDED);
		assertThat(decided.decision()).isEqualTo(Decision.APPROVED);
		assertThat(decided.decidedBy()).isEqualTo(leader);
		assertThat(decided.licenceType()).isEqualTo("food-business");
		assertThat(decided.decisionNumber()).matches(".+许决〔\\d{4}〕\\d+号");
		assertThat(decided.closedAt()).isNull();
		assertThat(casework.openTasks(decided.caseworkCaseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key())
				.isEqualTo("unit:" + department + ":" + UnitSeals.SEAL_PERMISSION));
		// art. 42 limits the time to decide: the legal clock stops; the promise runs to
		// 办结
		assertThat(stopped(decided.legalClockId())).isTrue();
		assertThat(stopped(decided.promisedClockId())).isFalse();
		assertThat(decided(decided.id())).singleElement().satisfies((event) -> {
			assertThat(event.licenceToIssue()).isTrue();
			assertThat(event.documentNumber()).isEqualTo(decided.decisionNumber());
		});
		assertThat(closed(decided.id())).isEmpty();
		assertThat(publication(decided.id())).containsEntry("document_number", decided.decisionNumber())
			.containsEntry("licence_name", "食品经营许可证");
		awaitAudit(decided.number(), "permit.case.reviewed", "SUCCESS");
		awaitAudit(decided.number(), "permit.case.decided", "SUCCESS");
	}

	@Test
	void a_refusal_needs_reasons_states_the_remedy_ends_the_case_and_is_published_with_the_person_masked() {
		PermitCase reviewed = reviewed(guide);

		assertThatThrownBy(() -> desk.refuse(reviewed.id(), " ", leader)).isInstanceOfSatisfying(DecisionRefused.class,
				(refused) -> assertThat(
						messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains("第三十八条"));
		assertThatThrownBy(() -> desk.refuse(reviewed.id(), "理".repeat(2001), leader))
			.isInstanceOf(DecisionRefused.class);
		PermitCase unchanged = cases.findById(reviewed.id()).orElseThrow();
		assertThat(unchanged.state()).isEqualTo(PermitCaseState.REVIEWED);
		assertThat(unchanged.decisionNumber()).isNull();
		assertThat(publicationCount(reviewed.id())).isZero();
		awaitAudit(reviewed.number(), "permit.case.decided", "DENIED");

		desk.refuse(reviewed.id(), "经现场核查，经营场所与申请材料不符。", leader);

		PermitCase refused = cases.findById(reviewed.id()).orElseThrow();
		assertThat(refused.state()).isEqualTo(PermitCaseState.CLOSED);
		assertThat(refused.decision()).isEqualTo(Decision.REFUSED);
		assertThat(refused.closedAt()).isNotNull();
		assertThat(refused.decisionRemedy()).contains("六十日内", "行政复议", "六个月内", "人民法院", "行政诉讼", "人民政府");
		assertThat(casework.find(refused.caseworkCaseId()).orElseThrow().closedAt()).isNotNull();
		assertThat(stopped(refused.legalClockId())).isTrue();
		assertThat(stopped(refused.promisedClockId())).isTrue();
		assertThat(closed(refused.id())).singleElement()
			.satisfies((event) -> assertThat(event.decision()).isEqualTo(Decision.REFUSED));
		Map<String, Object> published = publication(refused.id());
		assertThat(published).containsEntry("counterpart_kind", "NATURAL_PERSON")
			.containsEntry("counterpart_public_name", "王*明")
			.containsEntry("document_number", refused.decisionNumber());
		assertThat((String) published.get("id_number_masked")).contains("*");
		// a closed case is not decided twice
		assertThatThrownBy(() -> desk.approve(reviewed.id(), "准予", leader)).isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("already handled");
	}

	@Test
	void decision_numbers_of_a_department_follow_each_other() {
		PermitCase first = reviewed(guide);
		PermitCase second = reviewed(guide);

		desk.approve(first.id(), "准予", leader);
		desk.approve(second.id(), "准予", leader);

		long one = sequence(cases.findById(first.id()).orElseThrow().decisionNumber());
		long two = sequence(cases.findById(second.id()).orElseThrow().decisionNumber());
		assertThat(two).isEqualTo(one + 1);
		assertThat(cases.findById(first.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CLOSED);
	}

	@Test
	void an_online_citizens_id_number_comes_from_the_account_and_its_use_is_audited() {
		String applicant = "applicant" + UUID.randomUUID().toString().substring(0, 8);
		publicAccounts.registerCitizen(new org.zhengtong.identity.CitizenRegistration(applicant, "钱申报",
				ResidentIdNumber.of(ApplicationFixtures.idNumber()),
				"137" + String.format("%08d", (int) (Math.random() * 100_000_000)), null, "Qinchuan@2026"));
		PermitCase received = fixture.submitted(guide, applicant, Instant.now());
		acceptance.accept(received.id(), clerk);
		desk.review(received.id(), "拟准予", reviewer);

		desk.approve(received.id(), "准予许可", leader);

		assertThat(publication(received.id())).containsEntry("counterpart_public_name", "王*明")
			.containsEntry("counterpart_kind", "NATURAL_PERSON");
		String account = jdbc.sql("SELECT id::text FROM identity_account WHERE username = ?")
			.param(applicant)
			.query(String.class)
			.single();
		awaitAudit(account, "identity.id-number-revealed", "SUCCESS");
	}

	@Test
	void only_the_departments_leaders_decide_and_only_its_reviewers_review() {
		PermitCase accepted = accepted(guide);

		assertThatThrownBy(() -> desk.review(accepted.id(), "意见", leader)).isInstanceOf(DecisionRefused.class)
			.hasMessage("No such case");
		desk.review(accepted.id(), "拟准予", reviewer);
		for (String stranger : List.of(reviewer, otherLeader, clerk, "sysadmin")) {
			assertThatThrownBy(() -> desk.approve(accepted.id(), "准予", stranger)).isInstanceOf(DecisionRefused.class)
				.extracting((refused) -> ((DecisionRefused) refused).messageKey())
				.isEqualTo(DecisionRefused.NOT_FOUND);
		}
		assertThatThrownBy(() -> desk.forLeader(accepted.number(), otherLeader)).isInstanceOf(DecisionRefused.class);
		assertThatThrownBy(() -> desk.forReader(accepted.number(), otherLeader)).isInstanceOf(DecisionRefused.class);
		assertThat(desk.forReader(accepted.number(), clerk).id()).isEqualTo(accepted.id());
		PermitCase unchanged = cases.findById(accepted.id()).orElseThrow();
		assertThat(unchanged.state()).isEqualTo(PermitCaseState.REVIEWED);
		assertThat(publicationCount(accepted.id())).isZero();
		awaitAudit(accepted.number(), "permit.case.decided", "DENIED");
	}

	@Test
	void the_leader_sends_the_case_back_to_review_with_a_reason() {
		PermitCase reviewed = reviewed(guide);

		assertThatThrownBy(() -> desk.sendBack(reviewed.id(), "", leader)).isInstanceOf(DecisionRefused.class);
		desk.sendBack(reviewed.id(), "请补充现场核查记录", leader);

		PermitCase back = cases.findById(reviewed.id()).orElseThrow();
		assertThat(back.state()).isEqualTo(PermitCaseState.ACCEPTED);
		assertThat(casework.openTasks(back.caseworkCaseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).contains(PermitRoles.REVIEW));
		assertThat(casework.history(back.caseworkCaseId()))
			.anySatisfy((entry) -> assertThat(entry.opinion()).isEqualTo("退回审查：请补充现场核查记录"));
		assertThat(stopped(back.legalClockId())).isFalse();
		awaitAudit(back.number(), "permit.case.returned", "SUCCESS");
	}

	@Test
	void a_suspended_case_is_neither_sent_for_decision_nor_decided_until_it_resumes() {
		PermitCase accepted = accepted(guide);
		suspensions.suspend(accepted.id(), SuspensionKind.EXPERT_REVIEW, "组织专家评审", 10, reviewer);
		assertThatThrownBy(() -> desk.review(accepted.id(), "拟准予", reviewer)).isInstanceOfSatisfying(
				DecisionRefused.class,
				(refused) -> assertThat(refused.messageKey()).isEqualTo("permit.decision.refused.suspended"));
		assertThat(cases.findById(accepted.id()).orElseThrow().state()).isEqualTo(PermitCaseState.ACCEPTED);
		suspensions.resume(accepted.id(), reviewer);
		desk.review(accepted.id(), "拟准予", reviewer);

		suspensions.suspend(accepted.id(), SuspensionKind.HEARING, "依申请举行听证", 20, leader);
		assertThatThrownBy(() -> desk.approve(accepted.id(), "准予经营", leader)).isInstanceOf(DecisionRefused.class);
		PermitCase waiting = cases.findById(accepted.id()).orElseThrow();
		assertThat(waiting.state()).isEqualTo(PermitCaseState.REVIEWED);
		assertThat(waiting.decisionNumber()).isNull();
		awaitAudit(waiting.number(), "permit.case.decided", "DENIED");
		suspensions.resume(accepted.id(), leader);
		desk.approve(accepted.id(), "准予经营", leader);
		assertThat(cases.findById(accepted.id()).orElseThrow().decision()).isEqualTo(Decision.APPROVED);
	}

	@Test
	void two_leaders_decide_at_once_one_wins_the_other_is_told_who() throws Exception {
		String second = TestStaff.withRole(accounts, department, "leader", "王副局长", PermitRoles.PERMIT_LEADER);
		PermitCase reviewed = reviewed(guide);

		CyclicBarrier barrier = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (String who : List.of(leader, second)) {
				futures.add(pool.submit(() -> {
					barrier.await();
					try {
						if (who.equals(leader)) {
							desk.approve(reviewed.id(), "准予许可", who);
						}
						else {
							desk.refuse(reviewed.id(), "不符合条件", who);
						}
						return (Object) who;
					}
					catch (DecisionRefused refused) {
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
		DecisionRefused loser = (DecisionRefused) outcomes.stream()
			.filter(DecisionRefused.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(messages.getMessage(loser.messageKey(), loser.arguments(), Locale.SIMPLIFIED_CHINESE))
			.contains(winner.equals(leader) ? "吴局长" : "王副局长");
		assertThat(cases.findById(reviewed.id()).orElseThrow().decidedBy()).isEqualTo(winner);
		assertThat(publicationCount(reviewed.id())).isEqualTo(1);
	}

	@Test
	void a_main_case_is_decided_only_once_every_sub_case_is() {
		PermitCase main = reviewed(guide);
		PermitCase sub = fixture.submitted(guide, null, Instant.now());
		// a 并联 sub-case carries its main case's number with a suffix
		jdbc.sql("UPDATE permit_case SET main_case_id = ?, number = ? WHERE id = ?")
			.params(main.id(), main.number() + "-1", sub.id())
			.update();

		assertThatThrownBy(() -> desk.approve(main.id(), "准予", leader)).isInstanceOfSatisfying(DecisionRefused.class,
				(refused) -> assertThat(
						messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains("市场监管局"));
		assertThat(cases.findById(main.id()).orElseThrow().state()).isEqualTo(PermitCaseState.REVIEWED);

		jdbc.sql("UPDATE permit_case SET decided_at = now(), decision = 'APPROVED' WHERE id = ?")
			.param(sub.id())
			.update();
		desk.approve(main.id(), "准予", leader);
		assertThat(cases.findById(main.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CLOSED);
	}

	/**
	 * A case of the guide accepted by the clerk, its citizen's 身份证号 sealed on the case.
	 */
	private PermitCase accepted(Guide of) {
		PermitCase received = fixture.submitted(of, fixture.citizen(), Instant.now());
		jdbc.sql("UPDATE permit_case SET applicant_id_sealed = ?, applicant_identifier = ? WHERE id = ?")
			.params(seals.seal(ResidentIdNumber.of(ApplicationFixtures.idNumber())), "6101**********123X",
					received.id())
			.update();
		acceptance.accept(received.id(), clerk);
		return cases.findById(received.id()).orElseThrow();
	}

	private PermitCase reviewed(Guide of) {
		PermitCase accepted = accepted(of);
		desk.review(accepted.id(), "审查意见：拟准予", reviewer);
		return cases.findById(accepted.id()).orElseThrow();
	}

	private void licence(Guide of, LicenceType type) {
		jdbc.sql("UPDATE permit_guide SET licence_type = ? WHERE id = ?").params(type.code(), of.id()).update();
	}

	private boolean stopped(Long clock) {
		return jdbc.sql("SELECT stopped_at IS NOT NULL FROM casework_clock WHERE id = ?")
			.param(clock)
			.query(Boolean.class)
			.single();
	}

	private Map<String, Object> publication(long caseId) {
		return jdbc.sql("SELECT * FROM permit_publication WHERE case_id = ?").param(caseId).query().singleRow();
	}

	private long publicationCount(long caseId) {
		return jdbc.sql("SELECT count(*) FROM permit_publication WHERE case_id = ?")
			.param(caseId)
			.query(Long.class)
			.single();
	}

	private static long sequence(String number) {
		return Long.parseLong(number.replaceAll(".*〕(\\d+)号$", "$1"));
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

	private List<CaseDecided> decided(long caseId) {
		return events.stream(CaseDecided.class).filter((event) -> event.caseId() == caseId).toList();
	}

	private List<CaseClosed> closed(long caseId) {
		return events.stream(CaseClosed.class).filter((event) -> event.caseId() == caseId).toList();
	}

}
