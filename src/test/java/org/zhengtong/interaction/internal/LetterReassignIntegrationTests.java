package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.OfficeRefused;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 改派 by the receiving office: a routed letter moves from one unit to another with a
 * reason — the old unit's time ends REASSIGNED and its tasks close, the letter leaves its
 * queue and appears in the new unit's with a task in its 待办, the reply date does not
 * move; two officers moving one letter at once: one wins, the other is told where it
 * went; an answered letter is not moved; only the office may.
 */
@IntegrationTest
@RecordApplicationEvents
class LetterReassignIntegrationTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	Letters letters;

	@Autowired
	Assignments assignments;

	@Autowired
	LetterCases cases;

	@Autowired
	LetterOffice office;

	@Autowired
	LetterHandling handling;

	@Autowired
	QueryCodes codes;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	UUID school;

	UUID traffic;

	String acceptor;

	String schoolHandler;

	String trafficHandler;

	@BeforeEach
	void people() {
		UUID officeUnit = TestStaff.unit(units, "信访局", "Letters Bureau");
		school = TestStaff.unit(units, "教育局", "Education Bureau");
		traffic = TestStaff.unit(units, "交通局", "Transport Bureau");
		acceptor = TestStaff.withRole(accounts, officeUnit, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		schoolHandler = TestStaff.withRole(accounts, school, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		trafficHandler = TestStaff.withRole(accounts, traffic, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
	}

	@Test
	void a_letter_in_progress_moves_to_another_unit_whose_queue_and_inbox_get_it_by_the_same_reply_date() {
		Letter letter = routed(Door.COMPLAINT, school);
		handling.take(letter.id(), schoolHandler);
		long replyClock = reload(letter).replyClockId();
		Instant due = deadlines.view(replyClock).dueAt();
		assertThat(queue(schoolHandler)).contains(letter.number());
		assertThat(queue(trafficHandler)).doesNotContain(letter.number());
		assertThat(page(acceptor, letter)).contains("改派给", "改派理由");

		MvcTestResult moved = reassign(acceptor, letter, school, traffic, "道路积水<b>属于</b>交通部门职责");
		assertThat(moved.getMvcResult().getFlashMap().get("success")).isEqualTo("interaction.office.reassigned");

		Letter now = reload(letter);
		assertThat(now.state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(now.unitId()).isEqualTo(traffic);
		assertThat(now.handlerUsername()).isNull();
		// the office's choice is not the writer's fault: the reply date stays
		assertThat(now.replyClockId()).isEqualTo(replyClock);
		assertThat(deadlines.view(replyClock).dueAt()).isEqualTo(due);
		// the school's time ends here and is not counted against it; the new unit's
		// starts
		List<Assignment> routings = assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id());
		assertThat(routings).hasSize(2);
		assertThat(routings.get(0).unitId()).isEqualTo(school);
		assertThat(routings.get(0).endReason()).isEqualTo(Assignment.EndReason.REASSIGNED);
		assertThat(routings.get(0).endedAt()).isNotNull();
		assertThat(routings.get(1).unitId()).isEqualTo(traffic);
		assertThat(routings.get(1).open()).isTrue();
		assertThat(routings.get(1).assignedAt()).isEqualTo(routings.get(0).endedAt());
		// the school's task closed; the transport bureau's handlers have one, due with
		// the
		// letter
		List<TaskView> open = casework.openTasks(letter.caseId());
		assertThat(open).singleElement().satisfies((task) -> {
			assertThat(task.assignee().key()).isEqualTo("unit:" + traffic + ":interaction.handle");
			assertThat(casework.mayAct(task.id(), trafficHandler)).isTrue();
			assertThat(casework.mayAct(task.id(), schoolHandler)).isFalse();
			assertThat(deadlines.view(task.clockId()).dueAt()).isEqualTo(due);
		});
		assertThat(queue(schoolHandler)).doesNotContain(letter.number());
		assertThat(queue(trafficHandler)).contains(letter.number());
		assertThat(status(schoolHandler, "/workbench/letters/" + letter.id())).isEqualTo(404);
		assertThat(events.stream(RequestAssigned.class).filter((e) -> e.requestId().equals(letter.id()))).hasSize(2)
			.last()
			.satisfies((e) -> {
				assertThat(e.unitId()).isEqualTo(traffic);
				assertThat(e.dueAt()).isEqualTo(due);
			});
		String shown = page(acceptor, letter);
		assertThat(shown).contains("改派", "道路积水&lt;b&gt;属于&lt;/b&gt;交通部门职责").doesNotContain("<b>属于</b>");
		awaitAudit(letter, "interaction.letter.reassigned", "SUCCESS", 1);
		// the new unit takes it as any routed letter
		handling.take(letter.id(), trafficHandler);
		assertThat(reload(letter).state()).isEqualTo(RequestState.IN_PROGRESS);
	}

	@Test
	void two_officers_move_one_letter_at_once_one_wins_and_the_other_is_told_where_it_went() throws Exception {
		String second = TestStaff.withRole(accounts, TestStaff.unit(units, "信访局", "Letters Bureau"), "accept", "受理员乙",
				InteractionRoles.LETTER_ACCEPTOR);
		UUID health = TestStaff.unit(units, "卫健委", "Health Commission");
		Letter letter = routed(Door.MAILBOX, school);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> outcomes = new ArrayList<>();
		for (Object[] who : new Object[][] { { acceptor, traffic }, { second, health } }) {
			Callable<String> moving = () -> {
				start.await();
				try {
					office.reassign(letter.id(), school, (UUID) who[1], "不属于教育局职责", (String) who[0]);
					return "won";
				}
				catch (OfficeRefused refused) {
					return messages.getMessage(refused.messageKey(), refused.arguments(), ZH);
				}
			};
			outcomes.add(pool.submit(moving));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> outcome : outcomes) {
			results.add(outcome.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(results).filteredOn("won"::equals).hasSize(1);
		Letter now = reload(letter);
		assertThat(results).filteredOn((text) -> !text.equals("won"))
			.singleElement()
			.asString()
			.contains("已由其他受理员改派给" + office.unitName(now.unitId()), "没有执行");
		List<Assignment> routings = assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id());
		assertThat(routings).hasSize(2);
		assertThat(routings).filteredOn(Assignment::open).singleElement().satisfies((a) -> {
			assertThat(a.unitId()).isEqualTo(now.unitId());
		});
		assertThat(casework.openTasks(letter.caseId())).hasSize(1);
		awaitAudit(letter, "interaction.letter.reassigned", "SUCCESS", 1);
		awaitAudit(letter, "interaction.letter.reassigned", "DENIED", 1);
	}

	@Test
	void an_answered_letter_is_not_moved_and_only_the_office_moves_letters() {
		String leader = TestStaff.withRole(accounts, school, "lead", "审核人", InteractionRoles.INTERACTION_LEADER);
		Letter letter = routed(Door.CONSULTATION, school);
		// not to the unit that holds it
		MvcTestResult same = reassign(acceptor, letter, school, school, "重新派给本单位");
		assertThat(same.getMvcResult().getFlashMap().get("error")).isEqualTo("interaction.office.refused.sameUnit");
		// the units themselves object instead; they may not move it
		assertThat(reassign(schoolHandler, letter, school, traffic, "给交通局").getResponse().getStatus()).isEqualTo(403);
		assertThat(reassign(leader, letter, school, traffic, "给交通局").getResponse().getStatus()).isEqualTo(403);
		// a reason is required
		MvcTestResult blank = reassign(acceptor, letter, school, traffic, " ");
		assertThat((List<?>) blank.getMvcResult().getFlashMap().get("errorTexts")).asString().contains("请写明理由");
		assertThat(reload(letter).unitId()).isEqualTo(school);

		handling.take(letter.id(), schoolHandler);
		handling.submit(letter.id(), "您好，学区划分以教育局公告为准。", schoolHandler);
		handling.approve(letter.id(), null, leader);
		assertThat(page(acceptor, letter)).doesNotContain("改派理由");
		MvcTestResult late = reassign(acceptor, letter, school, traffic, "改由交通局答复");
		assertThat(late.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.office.refused.notReassignable");
		assertThat(messages.getMessage("interaction.office.refused.notReassignable",
				(Object[]) late.getMvcResult().getFlashMap().get("errorArguments"), ZH))
			.contains("已答复", "尚未答复的来信可以改派");
		Letter answered = reload(letter);
		assertThat(answered.state()).isEqualTo(RequestState.REPLIED);
		assertThat(answered.unitId()).isEqualTo(school);
		assertThat(assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id())).singleElement()
			.satisfies((a) -> assertThat(a.endReason()).isEqualTo(Assignment.EndReason.ANSWERED));
		awaitAudit(letter, "interaction.letter.reassigned", "DENIED", 2);
		awaitAudit(letter, "interaction.letter.reassigned", "SUCCESS", 0);
	}

	private Letter routed(Door door, UUID unit) {
		Letter letter = new TestLetters(transactions, letters, cases, codes, clock).write(door, "关于道路积水的问题",
				"小区门口道路一下雨就积水，请尽快处理。", true);
		office.accept(letter.id(), acceptor);
		office.assign(letter.id(), unit, acceptor);
		return reload(letter);
	}

	private Letter reload(Letter letter) {
		return letters.findById(letter.id()).orElseThrow();
	}

	private MvcTestResult reassign(String username, Letter letter, UUID from, UUID to, String reason) {
		return mvc.post()
			.uri("/workbench/letters/" + letter.id() + "/reassign")
			.param("from", from.toString())
			.param("unit", to.toString())
			.param("reason", reason)
			.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.exchange();
	}

	private String queue(String username) {
		MvcTestResult result = mvc.get()
			.uri("/workbench/unit-letters")
			.with(user(users.loadUserByUsername(username)))
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return body(result);
	}

	private String page(String username, Letter letter) {
		MvcTestResult result = mvc.get()
			.uri("/workbench/letters/" + letter.id())
			.with(user(users.loadUserByUsername(username)))
			.exchange();
		assertThat(result.getResponse().getStatus()).as(username).isEqualTo(200);
		return body(result);
	}

	private int status(String username, String path) {
		return mvc.get().uri(path).with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private void awaitAudit(Letter letter, String action, String outcome, int count) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?")
						.params(action, letter.id().toString(), outcome)
						.query(Long.class)
						.single())
				.as(action + " " + outcome)
				.isEqualTo(count));
	}

}
