package org.zhengtong.permit;

import java.time.Duration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.internal.PublicationRecords;
import org.zhengtong.permit.internal.PublicationService;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.IdentifierInvalid;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 双公示 through {@link DecisionPublications}: each record is due 7 working days after its
 * decision (发改办财金〔2018〕424号, counted on the 2026 calendar), a natural person is masked in
 * what the public reads while the number is kept sealed, identifiers are checked, a
 * department publishes only its own decisions, and refusals store nothing.
 */
@IntegrationTest
class PublicationIntegrationTests {

	@Autowired
	DecisionPublications publications;

	@Autowired
	PublicationService service;

	@Autowired
	PublicationRecords records;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	UUID department;

	String leader;

	@BeforeEach
	void department() {
		department = TestStaff.unit(units, "公示局", "Publicity Bureau");
		leader = TestStaff.withRole(accounts, department, "publd", "审批负责人", PermitRoles.PERMIT_LEADER);
	}

	static String creditCode(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	static String idNumber(String first17) {
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	static PublishDecision penalty(UUID department, LocalDate decided, String name, String id) {
		return new PublishDecision(PublicationKind.PENALTY, CounterpartKind.NATURAL_PERSON, name, null, null, id,
				"行政处罚决定书", "秦市监罚〔2026〕" + UUID.randomUUID().toString().substring(0, 5) + "号", "罚款", null, null, "无照经营",
				"未取得营业执照从事经营活动", "《无证无照经营查处办法》第十三条", "罚款人民币五千元", new BigDecimal("5000.00"), null, null, decided,
				decided, decided.plusYears(1), decided.plusYears(1), department, null, null, null);
	}

	@Test
	void a_decision_of_30_september_2026_is_due_after_the_national_day_holiday() {
		// 10-01…10-07 off; 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13, 10-14, 10-15
		assertThat(service.dueOn(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 15));
		// no holiday: 7 working days are 9 calendar days over a weekend
		assertThat(service.dueOn(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 11, 11));
	}

	@Test
	void a_natural_person_is_masked_on_the_public_list_and_the_number_is_kept_sealed() {
		clock.set(LocalDateTime.of(2026, 10, 15, 10, 0));
		String id = idNumber("61010319850712351");
		long published = publications.publish(penalty(department, LocalDate.of(2026, 9, 30), "欧阳明远", id), leader);

		PublicationRecords.Row row = records.published(published).orElseThrow();
		assertThat(row.counterpart()).isEqualTo("欧**远");
		assertThat(row.idNumberMasked()).isEqualTo("6101**********" + id.substring(14));
		assertThat(row.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(row.late()).as("published on its due date").isFalse();
		assertThat(row.fineInTenThousands()).isEqualByComparingTo("0.5");
		String stored = jdbc.sql("SELECT id_number_sealed FROM permit_publication WHERE id = :id")
			.param("id", published)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(id.substring(0, 10));
		// the audit entry is written after the commit, by the audit module's listener
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(jdbc.sql(
					"SELECT count(*) FROM audit_entry WHERE action = 'permit.publication.published' AND object_id = :id")
				.param("id", String.valueOf(published))
				.query(Long.class)
				.single()).isOne());
	}

	@Test
	void a_record_published_after_its_due_date_is_late() {
		clock.set(LocalDateTime.of(2026, 10, 16, 9, 0));
		long published = publications
			.publish(penalty(department, LocalDate.of(2026, 9, 30), "张三丰", idNumber("61010319850712351")), leader);
		assertThat(records.published(published).orElseThrow().late()).isTrue();
		assertThat(records.count(new PublicationRecords.Filter(null, department, null, null, null, null, true)))
			.isOne();
	}

	@Test
	void an_organisation_needs_a_valid_credit_code_and_nothing_is_stored_when_it_is_wrong() {
		clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
		String good = creditCode("91610100MA6TG0001");
		String wrong = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		PublishDecision permit = new PublishDecision(PublicationKind.PERMIT, CounterpartKind.LEGAL_PERSON,
				"秦川市好味道餐饮有限公司", wrong, "李四", null, "食品经营许可决定书", "秦市监许〔2026〕88号", "普通", "食品经营许可证", "JY16101000001", null,
				null, "《中华人民共和国食品安全法》第三十五条", "准予食品经营许可", null, null, null, LocalDate.of(2026, 11, 18),
				LocalDate.of(2026, 11, 18), LocalDate.of(2031, 11, 17), null, department, null, null, null);
		assertThatThrownBy(() -> publications.publish(permit, leader)).isInstanceOf(IdentifierInvalid.class);
		assertThat(count()).isZero();

		PublishDecision noCode = new PublishDecision(permit.kind(), permit.counterpartKind(), permit.counterpartName(),
				" ", null, null, permit.documentName(), permit.documentNumber(), permit.category(), null, null, null,
				null, null, permit.content(), null, null, null, permit.decisionDate(), null, null, null, department,
				null, null, null);
		assertThatThrownBy(() -> publications.publish(noCode, leader)).isInstanceOf(PublicationRefused.class)
			.hasMessageContaining("credit code");

		PublishDecision tomorrow = new PublishDecision(permit.kind(), permit.counterpartKind(),
				permit.counterpartName(), good, null, null, permit.documentName(), permit.documentNumber(),
				permit.category(), null, null, null, null, null, permit.content(), null, null, null,
				LocalDate.of(2026, 11, 21), null, null, null, department, null, null, null);
		assertThatThrownBy(() -> publications.publish(tomorrow, leader)).isInstanceOf(PublicationRefused.class)
			.hasMessageContaining("future");
		assertThat(count()).isZero();

		long id = publications.publish(new PublishDecision(permit.kind(), permit.counterpartKind(),
				permit.counterpartName(), good.toLowerCase(), "李四", null, permit.documentName(),
				permit.documentNumber(), permit.category(), permit.licenceName(), permit.licenceNumber(), null, null,
				permit.legalBasis(), permit.content(), null, null, null, permit.decisionDate(), permit.validFrom(),
				permit.validTo(), null, department, null, null, null), leader);
		PublicationRecords.Row row = records.published(id).orElseThrow();
		assertThat(row.counterpart()).as("an organisation in full").isEqualTo("秦川市好味道餐饮有限公司");
		assertThat(row.creditCode()).isEqualTo(good);
		assertThat(row.departmentName()).startsWith("秦川市公示局");
	}

	@Test
	void a_penalty_of_a_fine_needs_its_facts_basis_and_amount() {
		clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
		PublishDecision p = penalty(department, LocalDate.of(2026, 11, 19), "王五", idNumber("61010319850712351"));
		PublishDecision noAmount = new PublishDecision(p.kind(), p.counterpartKind(), p.counterpartName(), null, null,
				p.idNumber(), p.documentName(), p.documentNumber(), p.category(), null, null, p.violationType(),
				p.violationFacts(), p.legalBasis(), p.content(), null, null, null, p.decisionDate(), null, null, null,
				department, null, null, null);
		assertThatThrownBy(() -> publications.publish(noAmount, leader)).isInstanceOf(PublicationRefused.class);
		PublishDecision noFacts = new PublishDecision(p.kind(), p.counterpartKind(), p.counterpartName(), null, null,
				p.idNumber(), p.documentName(), p.documentNumber(), p.category(), null, null, p.violationType(), "",
				p.legalBasis(), p.content(), p.fineAmount(), null, null, p.decisionDate(), null, null, null, department,
				null, null, null);
		assertThatThrownBy(() -> publications.publish(noFacts, leader)).isInstanceOf(PublicationRefused.class)
			.hasMessageContaining("违法事实");
		PublishDecision badId = new PublishDecision(p.kind(), p.counterpartKind(), p.counterpartName(), null, null,
				"610103198507123510", p.documentName(), p.documentNumber(), p.category(), null, null, p.violationType(),
				p.violationFacts(), p.legalBasis(), p.content(), p.fineAmount(), null, null, p.decisionDate(), null,
				null, null, department, null, null, null);
		if (!badId.idNumber().equals(idNumber("61010319850712351"))) {
			assertThatThrownBy(() -> publications.publish(badId, leader)).isInstanceOf(IdentifierInvalid.class);
		}
		assertThat(count()).isZero();
	}

	@Test
	void a_department_publishes_only_its_own_decisions() {
		clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
		UUID other = TestStaff.unit(units, "别的局", "Other Bureau");
		assertThatThrownBy(() -> publications
			.publish(penalty(other, LocalDate.of(2026, 11, 19), "赵六", idNumber("61010319850712351")), leader))
			.isInstanceOf(PublicationRefused.class);
		String reviewer = TestStaff.withRole(accounts, department, "pubrv", "审批人员", PermitRoles.PERMIT_REVIEWER);
		assertThatThrownBy(() -> publications
			.publish(penalty(department, LocalDate.of(2026, 11, 19), "赵六", idNumber("61010319850712351")), reviewer))
			.isInstanceOf(PublicationRefused.class);
		assertThat(count()).isZero();
	}

	@Test
	void a_withdrawn_record_leaves_the_public_list_and_keeps_its_reason() {
		clock.set(LocalDateTime.of(2026, 11, 20, 9, 0));
		long id = publications
			.publish(penalty(department, LocalDate.of(2026, 11, 19), "钱七", idNumber("61010319850712351")), leader);
		assertThatThrownBy(() -> service.withdraw(id, 0, "  ", leader)).isInstanceOf(PublicationRefused.class);
		service.withdraw(id, 0, "文书号录入错误", leader);
		assertThat(records.published(id)).isEmpty();
		assertThat(jdbc.sql("SELECT withdraw_reason FROM permit_publication WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("文书号录入错误");
		assertThatThrownBy(() -> service.withdraw(id, 1, "再撤一次", leader)).isInstanceOf(PublicationRefused.class);
	}

	private long count() {
		return jdbc.sql("SELECT count(*) FROM permit_publication WHERE department_id = :d")
			.param("d", department)
			.query(Long.class)
			.single();
	}

}
