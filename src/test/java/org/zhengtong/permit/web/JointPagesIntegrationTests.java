package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.JointCases;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.TestJointCases;
import org.zhengtong.permit.internal.TestPermitCases;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The 并联 case page: the lead department and the 电子监察员 see every sub-case with its state
 * and clocks and the slowest marked; a sub-case's department sees the main case's summary
 * and its own sub-case, never another's; anyone else, and a case that is not joint, 404.
 */
@IntegrationTest
class JointPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	JointCases joint;

	@Autowired
	PermitCases cases;

	@Autowired
	Deadlines deadlines;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	TestPermitCases fixture;

	TestJointCases jointFixture;

	UUID market;

	UUID health;

	UUID fire;

	String clerk;

	String leader;

	String healthReviewer;

	String fireReviewer;

	String stranger;

	String monitor;

	PermitCase main;

	PermitCase healthCase;

	PermitCase fireCase;

	@BeforeEach
	void setUp() {
		jointFixture = TestJointCases.in(context);
		fixture = jointFixture.received();
		market = TestStaff.unit(units, "市场监管局", "Market Regulation");
		health = TestStaff.unit(units, "卫生健康委", "Health Commission");
		fire = TestStaff.unit(units, "消防救援支队", "Fire Rescue");
		UUID elsewhere = TestStaff.unit(units, "住建局", "Housing Bureau");
		clerk = TestStaff.withRole(accounts, market, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		leader = TestStaff.withRole(accounts, market, "leader", "张局长", PermitRoles.PERMIT_LEADER);
		healthReviewer = TestStaff.withRole(accounts, health, "reviewer", "王审查", PermitRoles.PERMIT_REVIEWER);
		fireReviewer = TestStaff.withRole(accounts, fire, "reviewer", "赵审查", PermitRoles.PERMIT_REVIEWER);
		stranger = TestStaff.withRole(accounts, elsewhere, "reviewer", "周别处", PermitRoles.PERMIT_REVIEWER);
		monitor = TestStaff.withRole(accounts, elsewhere, "monitor", "吴监察", PermitRoles.PERMIT_MONITOR);

		Guide guide = jointFixture.guide(market, Set.of(health, fire), 45, 30);
		main = jointFixture.acceptedOn23April(guide, clerk);
		List<PermitCase> subs = joint.subCasesOf(main);
		healthCase = subs.get(0);
		fireCase = subs.get(1);
		// the fire department extended its legal limit by 15 working days: 06-30 → 07-21
		deadlines.extend(fireCase.legalClockId(), LimitKind.JOINT.extensionDays(), "需要现场消防检查", "fire-leader");
	}

	@Test
	void the_lead_department_sees_every_sub_case_with_its_clocks_and_the_slowest_marked() throws Exception {
		jointFixture.decide(healthCase, Decision.APPROVED, leaderOf(health));

		String page = page(main.number(), leader);

		assertThat(page).contains(main.number(), healthCase.number(), fireCase.number(), name(health), name(fire),
				"准予许可", "1 / 3 个部门已作出决定", "2026-06-30", "2026-07-21");
		assertThat(slowestRow(page)).as("the fire sub-case ends last").contains(fireCase.number(), "最慢");
		assertThat(page(healthCase.number(), monitor)).contains(main.number(), healthCase.number(), fireCase.number());
	}

	@Test
	void a_sub_case_department_sees_the_main_summary_and_its_own_sub_case_only() throws Exception {
		String page = page(main.number(), healthReviewer);

		assertThat(page).contains(main.number(), healthCase.number(), name(health), name(market), "王*明", "2026-07-21");
		assertThat(page).as("another sub-case").doesNotContain(fireCase.number(), name(fire));
		assertThat(page(healthCase.number(), healthReviewer)).contains(healthCase.number())
			.doesNotContain(fireCase.number());
		assertThat(get(fireCase.number(), healthReviewer)).hasStatus(404);
		assertThat(page(main.number(), fireReviewer)).contains(fireCase.number()).doesNotContain(healthCase.number());
	}

	@Test
	void anyone_else_and_a_case_that_is_not_joint_get_404() throws Exception {
		assertThat(get(main.number(), stranger)).hasStatus(404);
		assertThat(get(healthCase.number(), stranger)).hasStatus(404);
		assertThat(get(main.number(), "sysadmin")).hasStatus(404);
		assertThat(get("XK0000000000", leader)).hasStatus(404);

		Guide single = fixture.guide(market, LimitKind.SINGLE, 20, 10);
		PermitCase alone = fixture.submitted(single, fixture.citizen(), clock.instant());
		desk.accept(alone.id(), clerk);
		assertThat(get(alone.number(), leader)).hasStatus(404);
	}

	@Test
	void the_page_speaks_english() throws Exception {
		MvcTestResult result = mvc.get()
			.uri("/workbench/permit/joint/" + main.number() + "?lang=en")
			.with(user(leader).roles("STAFF"))
			.exchange();
		assertThat(body(result)).contains("Joint approval", "Lead department", "0 of 3 departments have decided",
				"Slowest");
	}

	private String leaderOf(UUID department) {
		return TestStaff.withRole(accounts, department, "leader", "钱主任", PermitRoles.PERMIT_LEADER);
	}

	private String name(UUID department) {
		return units.find(department, java.time.LocalDate.now(clock)).orElseThrow().names().fullName();
	}

	/** The table row marked slowest, from its start to its end. */
	private static String slowestRow(String page) {
		int mark = page.indexOf("class=\"joint-slowest\"");
		assertThat(mark).as("a row marked slowest").isPositive();
		assertThat(page.indexOf("class=\"joint-slowest\"", mark + 1)).as("only one").isNegative();
		return page.substring(mark, page.indexOf("</tr>", mark));
	}

	private String page(String number, String reader) throws Exception {
		return body(get(number, reader));
	}

	private MvcTestResult get(String number, String reader) {
		return mvc.get().uri("/workbench/permit/joint/" + number).with(user(reader).roles("STAFF")).exchange();
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
