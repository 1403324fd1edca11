package org.zhengtong.permit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Numbers;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's year of 网上审批, played through the desks on a cast of its own (three
 * departments of this test with the demo catalogue's items, their clerks, reviewers and
 * leaders, two of them seal keepers): cases stand in every state of the flow, online and
 * at the window, from citizens and enterprises; 补正 waiting and arrived; 并联 cases with
 * sub-cases, one main case waiting on them; licences issued in a certificate session;
 * suspensions open and resumed, an extension, 黄牌 and 红牌 open and resolved, ratings with a
 * 差评; and no step was refused.
 */
@IntegrationTest
class DemoPermitYearIntegrationTests {

	@Autowired
	DemoPermitYear demo;

	@Autowired
	DemoCatalogue catalogue;

	@Autowired
	UnitManagement units;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	PermitItems items;

	@Autowired
	Guides guides;

	@Autowired
	Numbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_year_of_permit_cases_in_every_state() {
		DemoPermitCases.Cast cast = cast();
		String departments = cast.desks()
			.values()
			.stream()
			.map((desk) -> "'" + desk.department() + "'")
			.collect(Collectors.joining(","));

		DemoPermitYear.Loaded loaded = demo.load(cast, this::at, 12);
		clock.reset();

		assertThat(loaded.refused()).as("steps refused (see the log)").isZero();
		assertThat(loaded.licences()).as("licences issued").isGreaterThanOrEqualTo(3);
		Map<String, Long> states = count("SELECT state AS k, count(*) AS n FROM permit_case WHERE department_id IN ("
				+ departments + ") AND main_case_id IS NULL GROUP BY state");
		assertThat(states).containsKeys("SUBMITTED", "CORRECTION", "REJECTED", "ACCEPTED", "REVIEWED", "DECIDED",
				"CLOSED");
		assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(loaded.cases());
		String ofCast = " FROM permit_case c WHERE c.department_id IN (" + departments + ")";
		assertThat(count("SELECT channel AS k, count(*) AS n" + ofCast + " GROUP BY channel")).containsKeys("ONLINE",
				"WINDOW");
		assertThat(count("SELECT applicant_kind AS k, count(*) AS n" + ofCast + " GROUP BY applicant_kind"))
			.containsKeys("CITIZEN", "ENTERPRISE");
		assertThat(number("SELECT count(*)" + ofCast
				+ " AND c.state = 'SUBMITTED' AND EXISTS (SELECT 1 FROM permit_correction r WHERE r.case_id = c.id AND r.completed_at IS NOT NULL)"))
			.as("补正已到")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast + " AND c.state = 'CLOSED' AND c.decision = 'REFUSED'")).as("不予许可")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast + " AND c.state = 'CLOSED' AND c.licence_number IS NOT NULL"))
			.as("办结 with a licence")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast + " AND c.main_case_id IS NOT NULL")).as("并联 sub-cases")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast
				+ " AND c.main_case_id IS NULL AND c.state IN ('ACCEPTED', 'REVIEWED') AND EXISTS (SELECT 1 FROM permit_case s WHERE s.main_case_id = c.id AND s.decision IS NULL)"))
			.as("a main case waiting on a sub-case")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast
				+ " AND EXISTS (SELECT 1 FROM permit_suspension p WHERE p.case_id = c.id AND p.resumed_at IS NULL)"))
			.as("中止, open")
			.isPositive();
		assertThat(number("SELECT count(*)" + ofCast
				+ " AND EXISTS (SELECT 1 FROM permit_suspension p WHERE p.case_id = c.id AND p.resumed_at IS NOT NULL)"))
			.as("中止, resumed")
			.isPositive();
		assertThat(number(
				"SELECT count(*)" + ofCast + " AND EXISTS (SELECT 1 FROM permit_extension e WHERE e.case_id = c.id)"))
			.as("延期")
			.isPositive();
		Map<String, Long> warnings = count(
				"SELECT level || CASE WHEN resolved_at IS NULL THEN '-open' ELSE '-resolved' END AS k, count(*) AS n FROM permit_warning WHERE department_id IN ("
						+ departments + ") GROUP BY 1");
		assertThat(warnings).containsKeys("YELLOW-open", "RED-open", "YELLOW-resolved", "RED-resolved");
		assertThat(jdbc.sql("""
				SELECT DISTINCT r.level FROM interaction_rating r JOIN permit_case c ON r.subject_type = 'permit.case'
				  AND r.subject_id = CAST(c.id AS varchar) WHERE c.department_id IN (""" + departments + ")")
			.query(Integer.class)
			.list()).as("好差评 with a 差评").contains(5, 1);
		// the 发证 were sealed with the keepers' certificates (each use audited)
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(number(
					"SELECT count(*) FROM audit_entry WHERE action = 'permit.licence-issued' AND outcome = 'SUCCESS' AND actor IN ('"
							+ cast.desks().get("秦市监").keeper() + "', '" + cast.desks().get("秦卫健").keeper() + "')"))
				.isEqualTo(loaded.licences()));
	}

	private void at(Instant instant, Runnable work) {
		clock.set(instant);
		work.run();
	}

	private long number(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private Map<String, Long> count(String sql) {
		return jdbc.sql(sql)
			.query((row, n) -> Map.entry(row.getString("k"), row.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Three departments standing for 市监, 卫健 and 住建 with the demo catalogue's items under
	 * a prefix of this test, their people, public accounts and an RA operator.
	 */
	private DemoPermitCases.Cast cast() {
		if (!numbers.scopes().contains(PermitCaseType.NUMBER_SCOPE)) {
			numbers.define(PermitCaseType.NUMBER_SCOPE, null, PermitNumbers.PATTERN, AccountManagement.SYSTEM);
		}
		String prefix = "DY" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(java.util.Locale.ROOT);
		Map<String, UUID> departments = Map.of("秦市监", TestStaff.unit(units, "演示市场监管", "Demo Market"), "秦卫健",
				TestStaff.unit(units, "演示卫健", "Demo Health"), "秦建", TestStaff.unit(units, "演示住建", "Demo Housing"));
		catalogue.load(departments, prefix, Instant.now().minus(Duration.ofDays(400)));
		Map<String, DemoPermitCases.Desk> desks = new java.util.LinkedHashMap<>();
		for (String department : List.of("秦市监", "秦卫健", "秦建")) {
			UUID unit = departments.get(department);
			String leader = TestStaff.withRole(accounts, unit, "ldr", "负责人", PermitRoles.PERMIT_LEADER);
			boolean keeps = !department.equals("秦建");
			if (keeps) {
				accounts.grant(leader, PkiRoles.SEAL_KEEPER);
			}
			desks.put(department,
					new DemoPermitCases.Desk(department, unit,
							TestStaff.withRole(accounts, unit, "clk", "受理员", PermitRoles.PERMIT_CLERK),
							TestStaff.withRole(accounts, unit, "rev", "审查员", PermitRoles.PERMIT_REVIEWER), leader,
							keeps ? leader : null));
		}
		String operator = TestStaff.withRole(accounts, TestStaff.unit(units, "演示数据局", "Demo Data"), "ra", "审核员",
				PkiRoles.RA_OPERATOR);
		ApplicationFixtures fixtures = new ApplicationFixtures(items, guides, units, publicAccounts, numbers,
				transactions);
		List<String> citizens = List.of(fixtures.citizen(), fixtures.citizen(), fixtures.citizen());
		List<String> enterprises = List.of(fixtures.enterprise(), fixtures.enterprise(), fixtures.enterprise());
		return new DemoPermitCases.Cast(prefix, desks, citizens, enterprises, operator);
	}

}
