package org.zhengtong.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.TestCaseTypes.ReviewState;
import org.zhengtong.casework.internal.TaskReach;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The case-work core on the real database: steps of one, of all (会签) and of the first
 * (抢办), people acting at the same moment, 委托, 撤回 and 退回, and refusals.
 */
@IntegrationTest
@RecordApplicationEvents
class CaseworkIntegrationTests {

	static final String PASSWORD = "Casework-Test-2026!";

	@Autowired
	Casework casework;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TaskReach reach;

	@Autowired
	AuditManagement audit;

	@Autowired
	TaskHolders holders;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	UUID unit;

	@BeforeEach
	void unit() {
		unit = TestStaff.unit(units, "办件测试局", "Casework Test Bureau");
	}

	@Test
	void a_case_moves_through_declared_states_only_and_a_decision_closes_its_step() {
		String writer = staff("writer", "刘写");
		String reviewer = staff("reviewer", "赵审");
		CaseView started = start(writer, "一篇稿件");
		assertThat(started.state()).isEqualTo("DRAFT");

		assertThatExceptionOfType(CaseworkRefused.class)
			.isThrownBy(() -> casework.transition(Transition.to(started.id(), ReviewState.DONE, writer)))
			.satisfies(
					(refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.transitionNotAllowed"));

		CaseView sent = casework.transition(
				Transition.to(started.id(), ReviewState.REVIEW, writer).opening(OpenStep.one(person(reviewer))));
		List<TaskView> open = casework.openTasks(started.id());
		assertThat(open).singleElement().satisfies((task) -> {
			assertThat(task.assignee().name()).isEqualTo("赵审");
			assertThat(task.sentByName()).isEqualTo("刘写");
		});
		assertThat(sent.openStepId()).isEqualTo(open.get(0).stepId());
		assertThat(casework.mayAct(open.get(0).id(), reviewer)).isTrue();
		assertThat(casework.mayAct(open.get(0).id(), writer)).isFalse();

		Decided decided = casework.decide(new Decide(open.get(0).id(), "APPROVE", "同意发布", reviewer));
		assertThat(decided.stepClosed()).isTrue();
		assertThat(decided.decisions()).containsExactly("APPROVE");
		CaseView done = casework
			.transition(Transition.to(started.id(), ReviewState.DONE, reviewer).because("APPROVE", "同意发布"));

		assertThat(done.closed()).isTrue();
		assertThat(casework.openTasks(started.id())).isEmpty();
		assertThat(casework.history(started.id())).extracting(HistoryEntry::action)
			.containsExactly("STARTED", "TRANSITION", "DECIDED", "TRANSITION", "CLOSED");
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actorName()).isEqualTo("赵审");
				assertThat(entry.opinion()).isEqualTo("同意发布");
			});
	}

	@Test
	void of_two_people_completing_one_task_at_once_one_wins_and_the_other_is_told_who() throws Exception {
		String writer = staff("writer", "刘写");
		String zhao = staff("zhao", "赵敏");
		String qian = staff("qian", "钱多");
		CaseView started = start(writer, "两人同时办理");
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.one(Assignee.unit(unit, "ROLE_STAFF", "办件测试局工作人员"))));
		long task = casework.openTasks(started.id()).get(0).id();

		List<Object> outcomes = atOnce(List.of(zhao, qian), (actor) -> {
			Decided decided = casework.decide(new Decide(task, "APPROVE", "同意", actor));
			if (decided.stepClosed()) {
				casework.transition(Transition.to(started.id(), ReviewState.DONE, actor).because("APPROVE", "同意"));
			}
			return decided;
		});

		assertThat(outcomes).filteredOn(Decided.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(CaseworkRefused.class::isInstance).singleElement().satisfies((refused) -> {
			CaseworkRefused refusal = (CaseworkRefused) refused;
			assertThat(refusal.messageKey()).isEqualTo("casework.refused.alreadyDone");
			String winner = casework.task(task).orElseThrow().doneByName();
			assertThat(winner).isIn("赵敏", "钱多");
			assertThat(refusal.arguments()[0]).isEqualTo(winner);
		});
		assertThat(casework.find(started.id()).orElseThrow().state()).isEqualTo("DONE");
		assertThat(casework.history(started.id()))
			.filteredOn((entry) -> "DONE".equals(entry.toState()) && entry.action().equals("TRANSITION"))
			.hasSize(1);
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("DECIDED")).hasSize(1);
	}

	@Test
	void a_countersign_of_five_decided_in_parallel_closes_exactly_once() throws Exception {
		String writer = staff("writer", "刘写");
		List<String> signers = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			signers.add(staff("sign" + i, "会签人" + i));
		}
		CaseView started = start(writer, "会签五人");
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.all(signers.stream().map(this::person).toList())));
		List<TaskView> tasks = casework.openTasks(started.id());
		assertThat(tasks).hasSize(5);

		List<Object> outcomes = atOnce(signers, (actor) -> {
			long task = tasks.stream()
				.filter((each) -> each.assignee().key().equals(person(actor).key()))
				.findFirst()
				.orElseThrow()
				.id();
			Decided decided = casework.decide(new Decide(task, "AGREE", actor + " 同意", actor));
			if (decided.stepClosed()) {
				casework
					.transition(Transition.to(started.id(), ReviewState.COUNTERSIGN, actor).because("AGREE", "会签完毕"));
			}
			return decided;
		});

		assertThat(outcomes).allMatch(Decided.class::isInstance);
		assertThat(outcomes).filteredOn((outcome) -> ((Decided) outcome).stepClosed()).hasSize(1);
		List<HistoryEntry> history = casework.history(started.id());
		assertThat(history).filteredOn((entry) -> entry.action().equals("DECIDED")).hasSize(5);
		assertThat(history)
			.filteredOn((entry) -> entry.action().equals("TRANSITION") && "REVIEW".equals(entry.fromState()))
			.hasSize(1);
		assertThat(casework.find(started.id()).orElseThrow().state()).isEqualTo("COUNTERSIGN");
	}

	@Test
	void the_first_to_claim_takes_it_and_the_others_are_told() throws Exception {
		String writer = staff("writer", "刘写");
		List<String> candidates = List.of(staff("c1", "候选一"), staff("c2", "候选二"), staff("c3", "候选三"));
		CaseView started = start(writer, "抢办");
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.first(candidates.stream().map(this::person).toList())));
		List<TaskView> tasks = casework.openTasks(started.id());

		List<Object> outcomes = atOnce(candidates,
				(actor) -> casework.claim(tasks.stream()
					.filter((each) -> each.assignee().key().equals(person(actor).key()))
					.findFirst()
					.orElseThrow()
					.id(), actor));

		assertThat(outcomes).filteredOn(TaskView.class::isInstance).hasSize(1);
		TaskView won = (TaskView) outcomes.stream().filter(TaskView.class::isInstance).findFirst().orElseThrow();
		assertThat(outcomes).filteredOn(CaseworkRefused.class::isInstance)
			.hasSize(2)
			.allSatisfy((refused) -> assertThat(((CaseworkRefused) refused).arguments()[0])
				.isEqualTo(won.assignee().name()));
		assertThat(casework.openTasks(started.id())).singleElement()
			.satisfies((task) -> assertThat(task.claimed()).isTrue());
		assertThat(casework
			.decide(new Decide(won.id(), "APPROVE", null,
					candidates.get(List.of("候选一", "候选二", "候选三").indexOf(won.assignee().name()))))
			.stepClosed()).isTrue();
	}

	@Test
	void a_delegate_acts_for_the_delegator_and_the_history_names_both() {
		String writer = staff("writer", "刘写");
		String boss = staff("boss", "王处长");
		String deputy = staff("deputy", "李副处");
		CaseView started = start(writer, "委托办理");
		casework
			.transition(Transition.to(started.id(), ReviewState.REVIEW, writer).opening(OpenStep.one(person(boss))));
		long task = casework.openTasks(started.id()).get(0).id();
		assertThat(casework.mayAct(task, deputy)).isFalse();

		DelegationView delegation = casework.delegate(new Delegate(boss, deputy,
				clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(3)), "出差"));

		assertThat(delegation.running()).isTrue();
		assertThat(reach.keysOf(deputy)).contains(person(boss).key());
		assertThat(holders.holdersOf(person(boss).key())).contains(id(boss), id(deputy));
		assertThat(casework.mayAct(task, deputy)).isTrue();
		casework.decide(new Decide(task, "APPROVE", "代为同意", deputy));
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actorName()).isEqualTo("李副处");
				assertThat(entry.forName()).isEqualTo("王处长");
			});

		platformAccounts.grant(boss, ContentRoles.EDITOR);
		assertThat(reach.keysOf(boss)).contains("any:content.edit");
		assertThat(reach.keysOf(deputy)).as("a 委托 hands over the boss's tasks, not his roles' permissions")
			.doesNotContain("any:content.edit");
		assertThat(holders.holdersOf("any:content.edit")).contains(id(boss)).doesNotContain(id(deputy));

		casework.revokeDelegation(delegation.id(), boss);
		assertThat(reach.keysOf(deputy)).doesNotContain(person(boss).key());
		assertThat(casework.delegationsOf(deputy)).singleElement()
			.satisfies((view) -> assertThat(view.revokedAt()).isNotNull());
	}

	@Test
	void the_sender_withdraws_until_someone_of_the_next_step_acts() {
		String writer = staff("writer", "刘写");
		String first = staff("first", "会签甲");
		String second = staff("second", "会签乙");
		CaseView started = start(writer, "撤回");
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.all(List.of(person(first), person(second)))));

		CaseView withdrawn = casework.withdraw(started.id(), writer);

		assertThat(withdrawn.state()).isEqualTo("DRAFT");
		assertThat(casework.openTasks(started.id())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo(person(writer).key()));

		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.all(List.of(person(first), person(second)))));
		long firstTask = casework.openTasks(started.id())
			.stream()
			.filter((task) -> task.assignee().key().equals(person(first).key()))
			.findFirst()
			.orElseThrow()
			.id();
		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> casework.withdraw(started.id(), first))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.notSender"));
		casework.decide(new Decide(firstTask, "AGREE", null, first));

		assertThatExceptionOfType(CaseworkRefused.class).isThrownBy(() -> casework.withdraw(started.id(), writer))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.alreadyActed"));
		assertThat(casework.find(started.id()).orElseThrow().state()).isEqualTo("REVIEW");
		assertThat(casework.openTasks(started.id())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo(person(second).key()));
	}

	@Test
	void a_return_reopens_the_earlier_step_for_those_who_acted_there() {
		String writer = staff("writer", "刘写");
		String reviewer = staff("reviewer", "赵审");
		String signer = staff("signer", "孙签");
		CaseView started = start(writer, "退回");
		casework.transition(
				Transition.to(started.id(), ReviewState.REVIEW, writer).opening(OpenStep.one(person(reviewer))));
		casework.decide(new Decide(casework.openTasks(started.id()).get(0).id(), "APPROVE", "可以", reviewer));
		casework.transition(
				Transition.to(started.id(), ReviewState.COUNTERSIGN, reviewer).opening(OpenStep.one(person(signer))));

		assertThatExceptionOfType(CaseworkRefused.class)
			.isThrownBy(() -> casework.returnTo(new ReturnCase(started.id(), "DISPATCH", "不对", signer)))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.notEarlier"));
		CaseView returned = casework.returnTo(new ReturnCase(started.id(), "REVIEW", "数据有误，请复核", signer));

		assertThat(returned.state()).isEqualTo("REVIEW");
		assertThat(casework.openTasks(started.id())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo(person(reviewer).key()));
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("RETURNED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actorName()).isEqualTo("孙签");
				assertThat(entry.opinion()).isEqualTo("数据有误，请复核");
				assertThat(entry.toState()).isEqualTo("REVIEW");
			});

		casework.returnTo(new ReturnCase(started.id(), "DRAFT", "请重写", reviewer));
		assertThat(casework.openTasks(started.id())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo(person(writer).key()));
	}

	@Test
	void a_person_outside_the_assignee_is_refused_and_the_refusal_audited() {
		String writer = staff("writer", "刘写");
		String reviewer = staff("reviewer", "赵审");
		String outsider = staff("outsider", "局外人");
		CaseView started = start(writer, "越权");
		casework.transition(
				Transition.to(started.id(), ReviewState.REVIEW, writer).opening(OpenStep.one(person(reviewer))));
		long task = casework.openTasks(started.id()).get(0).id();

		assertThatExceptionOfType(CaseworkRefused.class)
			.isThrownBy(() -> casework.decide(new Decide(task, "APPROVE", null, outsider)))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("casework.refused.notAssignee"));

		assertThat(casework.task(task).orElseThrow().open()).isTrue();
		assertThat(casework.history(started.id())).noneMatch((entry) -> entry.action().equals("DECIDED"));
		assertThat(audit.search(new AuditQuery(null, null, outsider, "casework.decide", Outcome.DENIED, null), 0, 5))
			.hasSize(1);
	}

	@Test
	void opened_tasks_are_announced_and_urging_reaches_each_one() {
		String writer = staff("writer", "刘写");
		String first = staff("first", "会签甲");
		String second = staff("second", "会签乙");
		CaseView started = start(writer, "催办");
		casework.transition(Transition.to(started.id(), ReviewState.REVIEW, writer)
			.opening(OpenStep.all(List.of(person(first), person(second)))));

		assertThat(events.stream(TaskOpened.class).filter((opened) -> opened.caseId() == started.id()))
			.extracting((opened) -> opened.assignee().name())
			.containsExactlyInAnyOrder("会签甲", "会签乙");
		assertThat(events.stream(CaseTransitioned.class).filter((moved) -> moved.caseId() == started.id()))
			.singleElement()
			.satisfies((moved) -> assertThat(moved.to()).isEqualTo("REVIEW"));

		assertThat(casework.urge(started.id(), "请今天办结", writer)).isEqualTo(2);

		assertThat(events.stream(TaskUrged.class).filter((urged) -> urged.caseId() == started.id())).hasSize(2)
			.allSatisfy((urged) -> {
				assertThat(urged.message()).isEqualTo("请今天办结");
				assertThat(urged.urgedByName()).isEqualTo("刘写");
			});
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("URGED"))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.opinion()).isEqualTo("请今天办结"));
	}

	@Test
	void the_holders_of_a_unit_key_are_the_staff_holding_posts_there() {
		String one = staff("one", "甲");
		String two = staff("two", "乙");
		UUID elsewhere = TestStaff.unit(units, "别处局", "Elsewhere Bureau");
		String outsider = TestStaff.staff(platformAccounts, elsewhere, "out", "丙", PASSWORD);

		assertThat(holders.holdersOf(Assignee.unit(unit, "ROLE_STAFF", "工作人员").key()))
			.containsExactlyInAnyOrder(id(one), id(two));
		assertThat(holders.holdersOf(Assignee.unit(unit, "certificate.approve", "审核员").key())).isEmpty();
		assertThat(holders.holdersOf(person(outsider).key())).containsExactly(id(outsider));
	}

	@Test
	void two_transitions_of_one_case_at_once_move_it_once() throws Exception {
		String writer = staff("writer", "刘写");
		String colleague = staff("colleague", "周同");
		String reviewer = staff("reviewer", "赵审");
		CaseView started = start(writer, "同时送审");

		List<Object> outcomes = atOnce(List.of(writer, colleague), (actor) -> casework.transition(
				Transition.to(started.id(), ReviewState.REVIEW, actor).opening(OpenStep.one(person(reviewer)))));

		assertThat(outcomes).filteredOn(CaseView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(CaseworkRefused.class::isInstance)
			.singleElement()
			.satisfies((refused) -> assertThat(((CaseworkRefused) refused).messageKey())
				.isIn("casework.refused.changedMeanwhile", "casework.refused.transitionNotAllowed"));
		assertThat(casework.openTasks(started.id())).hasSize(1);
		assertThat(casework.history(started.id())).filteredOn((entry) -> entry.action().equals("TRANSITION"))
			.hasSize(1);
	}

	@Test
	void the_platform_itself_moves_a_case_on_in_its_own_name() {
		String writer = staff("writer", "刘写");
		String reviewer = staff("reviewer", "赵审");
		CaseView started = start(writer, "定时");
		casework.transition(
				Transition.to(started.id(), ReviewState.REVIEW, writer).opening(OpenStep.one(person(reviewer))));

		casework.transition(Transition.to(started.id(), ReviewState.DONE, AccountManagement.SYSTEM));

		assertThat(casework.find(started.id()).orElseThrow().closed()).isTrue();
		assertThat(casework.openTasks(started.id())).isEmpty();
		assertThat(casework.history(started.id()).get(casework.history(started.id()).size() - 1).actorName())
			.isEqualTo("系统");
	}

	private CaseView start(String actor, String title) {
		return casework.start(new StartCase(TestCaseTypes.CODE, UUID.randomUUID().toString(), title,
				"/workbench/test/" + title, unit, actor, null));
	}

	private String staff(String prefix, String name) {
		return TestStaff.staff(platformAccounts, unit, prefix, name, PASSWORD);
	}

	private UUID id(String username) {
		return accounts.find(username).map(AccountView::id).orElseThrow();
	}

	private Assignee person(String username) {
		AccountView account = accounts.find(username).orElseThrow();
		return Assignee.account(account.id(), account.displayName());
	}

	interface Act {

		Object run(String actor) throws Exception;

	}

	/** Runs the act for every actor at the same moment; each result or refusal. */
	private static List<Object> atOnce(List<String> actors, Act act) throws InterruptedException, ExecutionException {
		ExecutorService pool = Executors.newFixedThreadPool(actors.size());
		try {
			CountDownLatch ready = new CountDownLatch(actors.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Object>> futures = new ArrayList<>();
			for (String actor : actors) {
				Callable<Object> call = () -> {
					ready.countDown();
					go.await();
					try {
						return act.run(actor);
					}
					catch (CaseworkRefused refused) {
						return refused;
					}
				};
				futures.add(pool.submit(call));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get(60, TimeUnit.SECONDS));
			}
			return outcomes;
		}
		catch (java.util.concurrent.TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
