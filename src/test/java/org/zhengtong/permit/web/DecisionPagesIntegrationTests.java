package org.zhengtong.permit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.IdNumberSeals;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.internal.AcceptanceDesk;
import org.zhengtong.permit.internal.ApplicationFixtures;
import org.zhengtong.permit.internal.Guide;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitCases;
import org.zhengtong.permit.internal.TestPermitCases;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The review and decision pages as a department's reviewer and leader use them: the
 * queues, the case file (guide version, materials, both clocks explained), the 审查意见 and
 * the three decisions with bad input refused in words and nothing changed, the read-only
 * record, the inbox link leading by the case's state, and 404 for everyone outside the
 * department.
 */
@IntegrationTest
class DecisionPagesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PermitCases cases;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	IdNumberSeals seals;

	@Autowired
	AcceptanceDesk acceptance;

	@Autowired
	JdbcClient jdbc;

	TestPermitCases fixture;

	String clerk;

	String reviewer;

	String leader;

	String stranger;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		UUID department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		reviewer = TestStaff.withRole(accounts, department, "reviewer", "周审查", PermitRoles.PERMIT_REVIEWER);
		leader = TestStaff.withRole(accounts, department, "leader", "吴局长", PermitRoles.PERMIT_LEADER);
		stranger = TestStaff.withRole(accounts, other, "leader", "郑别处", PermitRoles.PERMIT_LEADER);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@Test
	void the_reviewer_reads_the_case_file_and_sends_it_for_decision() throws Exception {
		PermitCase accepted = accepted(guide);
		String path = "/workbench/permit/review/" + accepted.number();

		assertThat(body(mvc.get().uri("/workbench/permit/review").with(user(reviewer).roles("STAFF")).exchange()))
			.contains(accepted.number(), "王*明");
		assertThat(mvc.get().uri("/workbench/permit/review").with(user("sysadmin").roles("STAFF")).exchange())
			.hasStatus(404);
		assertThat(body(mvc.get().uri(path).with(user(reviewer).roles("STAFF")).exchange())).contains("营业执照复印件",
				"依据第 1 版办事指南办理", "承诺时限（15 个工作日）", "法定时限（20 个工作日）", "期限如何计算", "提交决定");
		assertThat(mvc.get().uri(path).with(user(stranger).roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(path).with(user(leader).roles("STAFF")).exchange()).hasStatus(404);

		MvcTestResult blank = mvc.post()
			.uri(path)
			.param("opinion", " ")
			.with(user(reviewer).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(blank).flash().containsKey("errorTexts");
		assertThat(cases.findById(accepted.id()).orElseThrow().state()).isEqualTo(PermitCaseState.ACCEPTED);

		assertThat(mvc.post()
			.uri(path)
			.param("opinion", "材料齐全，拟准予许可")
			.with(user(reviewer).roles("STAFF"))
			.with(csrf())
			.exchange()).hasRedirectedUrl(path);
		assertThat(cases.findById(accepted.id()).orElseThrow().state()).isEqualTo(PermitCaseState.REVIEWED);
		assertThat(body(mvc.get().uri(path).with(user(reviewer).roles("STAFF")).exchange())).contains("材料齐全，拟准予许可")
			.doesNotContain("id=\"submit-review\"");
	}

	@Test
	void the_leader_refuses_with_reasons_and_the_remedy_a_reviewer_and_another_department_cannot() throws Exception {
		PermitCase reviewed = reviewed(guide);
		String path = "/workbench/permit/decide/" + reviewed.number();

		assertThat(body(mvc.get().uri("/workbench/permit/decide").with(user(leader).roles("STAFF")).exchange()))
			.contains(reviewed.number());
		assertThat(body(mvc.get().uri(path).with(user(leader).roles("STAFF")).exchange())).contains("准予许可", "不予许可",
				"退回审查", "六十日内", "行政复议", "六个月内", "行政诉讼", "本件审查意见");
		assertThat(mvc.get().uri(path).with(user(stranger).roles("STAFF")).exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri(path + "/refuse")
			.param("text", "不符合条件")
			.with(user(reviewer).roles("STAFF"))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri(path + "/approve")
			.param("text", "准予")
			.with(user(stranger).roles("STAFF"))
			.with(csrf())
			.exchange()).hasStatus(404);
		MvcTestResult noReasons = mvc.post()
			.uri(path + "/refuse")
			.param("text", "")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(noReasons).flash().containsKey("errorTexts");
		assertThat(cases.findById(reviewed.id()).orElseThrow().state()).isEqualTo(PermitCaseState.REVIEWED);

		assertThat(mvc.post()
			.uri(path + "/refuse")
			.param("text", "经营场所与申请材料不符")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange()).hasRedirectedUrl(path);
		PermitCase refused = cases.findById(reviewed.id()).orElseThrow();
		assertThat(refused.state()).isEqualTo(PermitCaseState.CLOSED);
		assertThat(body(mvc.get()
			.uri("/workbench/permit/record/" + refused.number())
			.with(user(clerk).roles("STAFF"))
			.exchange())).contains("不予许可", refused.decisionNumber(), "经营场所与申请材料不符", "本页只供查阅");
		assertThat(mvc.get()
			.uri("/workbench/permit/record/" + refused.number())
			.with(user(stranger).roles("STAFF"))
			.exchange()).hasStatus(404);
		// on the public 结果公示 list at once, the person masked
		assertThat(body(mvc.get().uri("/services/decisions").exchange())).contains(refused.decisionNumber(), "王*明")
			.doesNotContain("王小明");
	}

	@Test
	void the_inbox_link_leads_by_the_cases_state() throws Exception {
		jdbc.sql("UPDATE permit_guide SET licence_type = ? WHERE id = ?")
			.params(LicenceType.FOOD_BUSINESS.code(), guide.id())
			.update();
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());
		sealId(received);
		String link = "/workbench/permit/cases/" + received.id();
		String number = received.number();

		assertThat(mvc.get().uri(link).with(user(clerk).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/acceptance/" + number);
		acceptance.accept(received.id(), clerk);
		assertThat(mvc.get().uri(link).with(user(reviewer).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/review/" + number);
		assertThat(mvc.get().uri(link).with(user(clerk).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/record/" + number);
		assertThat(mvc.get().uri(link).with(user(stranger).roles("STAFF")).exchange()).hasStatus(404);
		mvc.post()
			.uri("/workbench/permit/review/" + number)
			.param("opinion", "拟准予")
			.with(user(reviewer).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(mvc.get().uri(link).with(user(leader).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/decide/" + number);
		mvc.post()
			.uri("/workbench/permit/decide/" + number + "/approve")
			.param("text", "准予从事餐饮服务")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(cases.findById(received.id()).orElseThrow().state()).isEqualTo(PermitCaseState.DECIDED);
		assertThat(mvc.get().uri(link).with(user(leader).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/issue/" + number);
		assertThat(mvc.get().uri(link).with(user(stranger).roles("STAFF")).exchange()).hasStatus(404);

		PermitCase other = reviewed(guide);
		jdbc.sql("UPDATE permit_guide SET licence_type = NULL WHERE id = ?").param(guide.id()).update();
		mvc.post()
			.uri("/workbench/permit/decide/" + other.number() + "/approve")
			.param("text", "准予")
			.with(user(leader).roles("STAFF"))
			.with(csrf())
			.exchange();
		assertThat(cases.findById(other.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CLOSED);
		assertThat(
				mvc.get().uri("/workbench/permit/cases/" + other.id()).with(user(reviewer).roles("STAFF")).exchange())
			.hasRedirectedUrl("/workbench/permit/record/" + other.number());
	}

	private void sealId(PermitCase received) {
		jdbc.sql("UPDATE permit_case SET applicant_id_sealed = ? WHERE id = ?")
			.params(seals.seal(ResidentIdNumber.of(ApplicationFixtures.idNumber())), received.id())
			.update();
	}

	private PermitCase accepted(Guide of) {
		PermitCase received = fixture.submitted(of, fixture.citizen(), Instant.now());
		sealId(received);
		acceptance.accept(received.id(), clerk);
		return cases.findById(received.id()).orElseThrow();
	}

	private PermitCase reviewed(Guide of) {
		PermitCase accepted = accepted(of);
		mvc.post()
			.uri("/workbench/permit/review/" + accepted.number())
			.param("opinion", "本件审查意见：拟不予许可")
			.with(user(reviewer).roles("STAFF"))
			.with(csrf())
			.exchange();
		return cases.findById(accepted.id()).orElseThrow();
	}

	private static String body(MvcTestResult result) throws Exception {
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
