package org.zhengtong.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.zhengtong.casework.TestCaseTypes.ReviewState;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The 委托 page and the 办理过程 fragment modules include, as people see them. */
@IntegrationTest
class CaseworkPagesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Casework casework;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@Autowired
	Clock clock;

	UUID unit;

	String boss;

	String deputy;

	@BeforeEach
	void staff() {
		unit = TestStaff.unit(units, "委托测试局", "Delegation Test Bureau");
		boss = TestStaff.staff(platformAccounts, unit, "boss", "周处长", CaseworkIntegrationTests.PASSWORD);
		deputy = TestStaff.staff(platformAccounts, unit, "deputy", "吴副处", CaseworkIntegrationTests.PASSWORD);
	}

	@Test
	void a_person_delegates_to_a_colleague_of_their_unit_and_revokes_it() {
		assertThat(mvc.get().uri("/workbench/delegations").with(user(users.loadUserByUsername(boss))).exchange())
			.hasStatusOk()
			.bodyText()
			.contains("委托办理", "吴副处");

		assertThat(mvc.post()
			.uri("/workbench/delegations")
			.param("delegate", id(deputy).toString())
			.param("startsAt", "2026-01-01T09:00")
			.param("endsAt", "2099-01-01T09:00")
			.param("reason", "外出学习")
			.with(user(users.loadUserByUsername(boss)))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/workbench/delegations")
			.flash()
			.containsEntry("success", "casework.delegations.created");
		DelegationView given = casework.delegationsOf(boss).get(0);
		assertThat(given.running()).isTrue();
		assertThat(given.delegateName()).isEqualTo("吴副处");
		assertThat(mvc.get().uri("/workbench/delegations").with(user(users.loadUserByUsername(deputy))).exchange())
			.bodyText()
			.contains("周处长", "外出学习");

		// The delegate cannot revoke what they were given; the delegator can.
		assertThat(mvc.post()
			.uri("/workbench/delegations/{id}/revoke", given.id())
			.with(user(users.loadUserByUsername(deputy)))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "casework.refused.notYourDelegation");
		assertThat(mvc.post()
			.uri("/workbench/delegations/{id}/revoke", given.id())
			.with(user(users.loadUserByUsername(boss)))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "casework.delegations.revokedDone");
		assertThat(casework.delegationsOf(boss).get(0).running()).isFalse();
	}

	@Test
	void a_delegation_form_without_a_reason_is_shown_again_with_the_message() {
		assertThat(mvc.post()
			.uri("/workbench/delegations")
			.param("delegate", id(deputy).toString())
			.param("startsAt", "2026-01-01T09:00")
			.param("endsAt", "2099-01-01T09:00")
			.param("reason", "")
			.with(user(users.loadUserByUsername(boss)))
			.with(csrf())
			.exchange()).hasStatusOk().bodyText().contains("请填写事由");
		assertThat(casework.delegationsOf(boss)).isEmpty();
	}

	@Test
	void the_history_fragment_shows_who_did_what_for_whom_with_the_opinion() {
		CaseView started = casework.start(new StartCase(TestCaseTypes.CODE, UUID.randomUUID().toString(), "片段测试",
				"/workbench/test/fragment", unit, deputy, null));
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, deputy)
			.opening(OpenStep.one(Assignee.account(id(boss), "周处长"))));
		casework.delegate(new Delegate(boss, deputy, clock.instant().minus(Duration.ofMinutes(5)),
				clock.instant().plus(Duration.ofDays(1)), "休假"));
		casework.decide(new Decide(casework.openTasks(started.id()).get(0).id(), "APPROVE", "同意，请分发", deputy));

		Context page = new Context(Locale.SIMPLIFIED_CHINESE);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		page.setVariable("history", casework.history(started.id()));
		String html = templates.process("casework-test/history", page);

		// The decision by its name (同意), never its code.
		assertThat(html).contains("办理过程", "立案", "流转", "吴副处", "（代 周处长）", "同意，请分发", "<td>同意</td>")
			.doesNotContain("APPROVE");
	}

	private UUID id(String username) {
		return accounts.find(username).map(AccountView::id).orElseThrow();
	}

}
