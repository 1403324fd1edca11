package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.JointOverview;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.PermitItems;
import org.zhengtong.permit.internal.TestJointCases;
import org.zhengtong.permit.internal.TestPermitCases;
import org.zhengtong.shared.ListSort;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The lead department's list of its 并联 cases (/workbench/permit/joint): its joint main
 * cases only (no single case, no other department's), the most urgent first — an overdue
 * one before one with time left, whatever their numbers — with the slowest part the case
 * page names; filtered by state; reached from the menu by the department's permit staff
 * and the 电子监察员, 404 for anyone else.
 */
@IntegrationTest
class JointListIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	JointOverview overview;

	@Autowired
	PermitCases cases;

	@Autowired
	PermitItems items;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	TestPermitCases fixture;

	UUID lead;

	UUID health;

	String clerk;

	String leader;

	String healthReviewer;

	String monitor;

	String plainStaff;

	/** Accepted 04-23: its 45-day limit (06-30) has passed on 07-01. */
	PermitCase overdue;

	/** Received before {@link #overdue} (a lower number), accepted 06-01: time left. */
	PermitCase running;

	PermitCase single;

	PermitCase elsewhere;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		TestJointCases joint = TestJointCases.in(context);
		lead = TestStaff.unit(units, "市场监管局", "Market Regulation");
		health = TestStaff.unit(units, "卫生健康委", "Health Commission");
		UUID other = TestStaff.unit(units, "住建局", "Housing Bureau");
		clerk = TestStaff.withRole(accounts, lead, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		leader = TestStaff.withRole(accounts, lead, "leader", "张局长", PermitRoles.PERMIT_LEADER);
		healthReviewer = TestStaff.withRole(accounts, health, "reviewer", "王审查", PermitRoles.PERMIT_REVIEWER);
		String otherClerk = TestStaff.withRole(accounts, other, "clerk", "孙受理", PermitRoles.PERMIT_CLERK);
		monitor = TestStaff.withRole(accounts, other, "monitor", "吴监察", PermitRoles.PERMIT_MONITOR);
		plainStaff = TestStaff.staff(accounts, lead, "staff", "周科员", "Qinchuan@2026");

		Guide guide = joint.guide(lead, Set.of(health), 45, 30);
		running = fixture.submitted(guide, fixture.citizen(), at(2026, 4, 20, 9));
		overdue = fixture.submitted(guide, fixture.citizen(), at(2026, 4, 22, 9));
		accept(overdue, clerk, LocalDateTime.of(2026, 4, 23, 10, 0));
		accept(running, clerk, LocalDateTime.of(2026, 6, 1, 10, 0));
		Guide alone = fixture.guide(lead, LimitKind.SINGLE, 20, 10);
		single = fixture.submitted(alone, fixture.citizen(), at(2026, 4, 22, 10));
		accept(single, clerk, LocalDateTime.of(2026, 4, 23, 11, 0));
		Guide theirs = joint.guide(other, Set.of(health), 45, 30);
		elsewhere = fixture.submitted(theirs, fixture.citizen(), at(2026, 4, 22, 11));
		accept(elsewhere, otherClerk, LocalDateTime.of(2026, 4, 23, 12, 0));
		clock.set(LocalDateTime.of(2026, 7, 1, 9, 0));
	}

	@Test
	void the_lead_department_lists_its_joint_cases_most_urgent_first_with_the_slowest_part() throws Exception {
		String page = page("/workbench/permit/joint", leader);

		assertThat(page).contains(overdue.number(), running.number(), "0 / 2 个部门已作出决定", "最慢环节")
			.doesNotContain(single.number(), elsewhere.number());
		assertThat(page.indexOf(overdue.number())).as("overdue first, though received later")
			.isLessThan(page.indexOf(running.number()));
		String byNumber = page("/workbench/permit/joint?sort=number", leader);
		// the fixture's numbers are random: by number, the smaller one comes first
		String smaller = running.number().compareTo(overdue.number()) < 0 ? running.number() : overdue.number();
		String larger = smaller.equals(running.number()) ? overdue.number() : running.number();
		assertThat(byNumber.indexOf(smaller)).as("sorted by number").isLessThan(byNumber.indexOf(larger));

		// the slowest part is the one the joint page marks
		List<JointOverview.Listed> listed = overview.list(leader, null, null, ListSort.ascending("urgency"), 0).items();
		assertThat(listed).extracting((row) -> row.row().number()).containsExactly(overdue.number(), running.number());
		for (JointOverview.Listed row : listed) {
			JointOverview.View view = overview.forReader(row.row().number(), leader);
			assertThat(row.slowest()).isNotNull();
			assertThat(row.slowest().dueDay()).isEqualTo(view.slowest().dueDay());
			JointOverview.Part marked = view.rows()
				.stream()
				.filter(JointOverview.Part::slowest)
				.findFirst()
				.orElseThrow();
			assertThat(row.row().slowestCaseId()).isEqualTo(marked.permitCase().id());
			assertThat(page).contains(row.slowestDepartment());
		}
		assertThat(page).contains(listed.get(0).slowest().dueDay().toString());

		// filtered by the main case's state
		assertThat(page("/workbench/permit/joint?state=ACCEPTED", leader)).contains(overdue.number(), running.number());
		assertThat(page("/workbench/permit/joint?state=" + PermitCaseState.CLOSED, leader)).contains("没有并联办件")
			.doesNotContain(overdue.number());
		assertThat(page("/workbench/permit/joint?text=" + running.number(), leader)).contains(running.number())
			.doesNotContain(overdue.number());
	}

	@Test
	void the_menu_leads_the_departments_staff_and_the_monitor_there_and_nobody_else() throws Exception {
		assertThat(page("/workbench", leader)).contains("href=\"/workbench/permit/joint\"", "并联办件");
		assertThat(page("/workbench", clerk)).contains("href=\"/workbench/permit/joint\"");
		assertThat(page("/workbench", plainStaff)).doesNotContain("href=\"/workbench/permit/joint\"");

		assertThat(page("/workbench/permit/joint", monitor)).contains(overdue.number(), running.number(),
				elsewhere.number());
		// a sub-case department leads none of them: its sub-cases are in its review queue
		assertThat(page("/workbench/permit/joint", healthReviewer)).contains("没有并联办件").doesNotContain(overdue.number());
		assertThat(get("/workbench/permit/joint", plainStaff)).hasStatus(404);
		assertThat(get("/workbench/permit/joint", "sysadmin")).hasStatus(404);
		assertThat(page("/workbench/permit/joint?lang=en", leader)).contains("Joint cases",
				"0 of 2 departments have decided");
	}

	private void accept(PermitCase found, String by, LocalDateTime at) {
		clock.set(at);
		desk.accept(found.id(), by);
		clock.reset();
	}

	private java.time.Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(clock.getZone()).toInstant();
	}

	private String page(String uri, String reader) throws Exception {
		MvcTestResult result = get(uri, reader);
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcTestResult get(String uri, String reader) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(reader))).exchange();
	}

}
