package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.zhengtong.content.ContentRoles;
import org.zhengtong.identity.DataScope;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.OfficeRefused;
import org.zhengtong.interaction.RequestAssigned;
import org.zhengtong.interaction.RequestEscalated;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * The receiving office at work: 受理, 派单 to the unit the 派单目录 proposes (a task for the
 * unit's handlers on the door's reply limit, RequestAssigned), the unit's one objection
 * that sends the letter back with its reason shown in 待派单, two officers routing one
 * letter at once, merging, 督办, bulk 派单, and everyone else refused (403, or 404 where the
 * letter is out of their reach) with nothing changed and the refusal audited.
 */
@IntegrationTest
@RecordApplicationEvents
class LetterOfficeIntegrationTests {

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

	/**
	 * This test's own words, so that its letters and rules are found among everyone's.
	 */
	String tag;

	UUID officeUnit;

	UUID school;

	UUID traffic;

	String acceptor;

	String schoolHandler;

	@BeforeEach
	void people() {
		tag = UUID.randomUUID().toString().substring(0, 6);
		officeUnit = TestStaff.unit(units, "信访局", "Letters Bureau");
		school = TestStaff.unit(units, "教育局", "Education Bureau");
		traffic = TestStaff.unit(units, "交通局", "Transport Bureau");
		acceptor = TestStaff.withRole(accounts, officeUnit, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		schoolHandler = TestStaff.withRole(accounts, school, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
	}

	@Test
	void an_accepted_letter_goes_to_the_unit_the_catalogue_proposes_with_a_task_and_the_doors_reply_clock() {
		rule("教育" + tag, null, school);
		rule(null, "秦川区" + tag, traffic);
		Letter letter = letter(Door.CONSULTATION, "教育" + tag, "秦川区" + tag);

		assertThat(queue(acceptor, "incoming", "&text=" + letter.number())).contains(letter.number(), "待受理");
		post(acceptor, letter, "accept", "");
		Letter accepted = letters.findById(letter.id()).orElseThrow();
		assertThat(accepted.state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(accepted.acceptedBy()).isEqualTo(acceptor);
		assertThat(casework.openTasks(letter.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo("any:interaction.accept"));
		assertThat(queue(acceptor, "incoming", "&text=" + letter.number())).contains("共 0 件");
		// the topic rule is more specific than the region rule
		assertThat(queue(acceptor, "dispatch", "&text=" + letter.number())).contains(letter.number(),
				"派单目录建议：" + unitName(school));
		assertThat(page(acceptor, letter)).contains("派单目录建议：" + unitName(school));

		MvcTestResult routed = post(acceptor, letter, "assign", "unit=" + school);
		assertThat(routed.getMvcResult().getFlashMap().get("success")).isEqualTo("interaction.office.assigned");
		Letter assigned = letters.findById(letter.id()).orElseThrow();
		assertThat(assigned.state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(assigned.unitId()).isEqualTo(school);
		TaskView task = casework.openTasks(letter.caseId()).get(0);
		assertThat(task.assignee().key()).isEqualTo("unit:" + school + ":interaction.handle");
		assertThat(task.assignee().name()).contains(unitName(school), "来信承办人");
		// 咨询: five working days from 派单, on the letter's clock and the task's alike
		var reply = deadlines.view(assigned.replyClockId());
		assertThat(reply.amount()).isEqualTo(5);
		assertThat(reply.startedAt())
			.isEqualTo(assignments.findByRequestIdAndEndedAtIsNull(letter.id()).orElseThrow().assignedAt());
		assertThat(deadlines.view(task.clockId()).dueAt()).isEqualTo(reply.dueAt());
		assertThat(events.stream(RequestAssigned.class).filter((e) -> e.requestId().equals(letter.id())))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.unitId()).isEqualTo(school);
				assertThat(e.dueAt()).isEqualTo(reply.dueAt());
			});
		assertThat(page(schoolHandler, letter)).contains(letter.title(), "派单异议");
		awaitAudit(letter, "interaction.letter.accepted", "SUCCESS", 1);
		awaitAudit(letter, "interaction.letter.assigned", "SUCCESS", 1);
	}

	@Test
	void a_unit_objects_once_the_letter_waits_for_dispatch_with_the_reason_and_that_unit_is_not_proposed_again() {
		rule("教育" + tag, null, school);
		rule(null, "秦川区" + tag, traffic);
		Letter letter = accepted(Door.COMPLAINT, "教育" + tag, "秦川区" + tag);
		office.assign(letter.id(), school, acceptor);

		MvcTestResult objected = mvc.post()
			.uri("/workbench/letters/" + letter.id() + "/objection")
			.param("reason", "属于交通部门职责<script>x</script>")
			.with(user(users.loadUserByUsername(schoolHandler)))
			.with(csrf())
			.exchange();
		assertThat(objected.getMvcResult().getFlashMap().get("success")).isEqualTo("interaction.office.objected");
		Letter back = letters.findById(letter.id()).orElseThrow();
		assertThat(back.state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(back.unitId()).isNull();
		assertThat(deadlines.view(assigned(letter).replyClockId()).colour().name()).isEqualTo("STOPPED");
		assertThat(casework.openTasks(letter.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo("any:interaction.accept"));
		assertThat(assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id())).singleElement().satisfies((a) -> {
			assertThat(a.endReason()).isEqualTo(Assignment.EndReason.OBJECTED);
			assertThat(a.objection()).startsWith("属于交通部门职责");
		});
		// the unit no longer sees it; the office sees the reason, as text, and another
		// proposal
		assertThat(status(schoolHandler, "/workbench/letters/" + letter.id())).isEqualTo(404);
		String dispatch = queue(acceptor, "dispatch", "&topic=" + "教育" + tag);
		assertThat(dispatch).contains(letter.number(), unitName(school) + "提出异议：属于交通部门职责&lt;script&gt;",
				"派单目录建议：" + unitName(traffic));
		assertThat(dispatch).doesNotContain("<script>x</script>");

		// routed to the same unit again by the office's choice: no second objection
		office.assign(letter.id(), school, acceptor);
		assertThat(page(schoolHandler, letter)).contains("已对这封来信提出过异议");
		MvcTestResult again = mvc.post()
			.uri("/workbench/letters/" + letter.id() + "/objection")
			.param("reason", "仍不属于本单位")
			.with(user(users.loadUserByUsername(schoolHandler)))
			.with(csrf())
			.exchange();
		assertThat(again.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.office.refused.objectedBefore");
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.ASSIGNED);
		awaitAudit(letter, "interaction.letter.objected", "SUCCESS", 1);
		awaitAudit(letter, "interaction.letter.objected", "DENIED", 1);
	}

	@Test
	void two_officers_route_one_letter_at_once_one_wins_and_the_other_is_told_where_it_went() throws Exception {
		String second = TestStaff.withRole(accounts, officeUnit, "accept", "受理员乙", InteractionRoles.LETTER_ACCEPTOR);
		for (int round = 0; round < 3; round++) {
			Letter letter = accepted(Door.MAILBOX, null, null);
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			List<Future<String>> outcomes = new ArrayList<>();
			for (Object[] who : new Object[][] { { acceptor, school }, { second, traffic } }) {
				Callable<String> routing = () -> {
					start.await();
					try {
						office.assign(letter.id(), (UUID) who[1], (String) who[0]);
						return "won";
					}
					catch (OfficeRefused refused) {
						return messages.getMessage(refused.messageKey(), refused.arguments(), ZH);
					}
				};
				outcomes.add(pool.submit(routing));
			}
			start.countDown();
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(60, TimeUnit.SECONDS));
			}
			pool.shutdown();
			assertThat(results).filteredOn("won"::equals).hasSize(1);
			Letter routed = letters.findById(letter.id()).orElseThrow();
			assertThat(results).filteredOn((text) -> !text.equals("won"))
				.singleElement()
				.asString()
				.contains("已由其他受理员派给" + unitName(routed.unitId()), "没有执行");
			assertThat(assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id())).hasSize(1);
			assertThat(casework.openTasks(letter.caseId())).hasSize(1);
			awaitAudit(letter, "interaction.letter.assigned", "DENIED", 1);
		}
	}

	@Test
	void not_accepting_needs_a_reason_the_writer_reads_and_ends_the_letter() {
		Letter letter = letter(Door.SUGGESTION, null, null);
		MvcTestResult blank = post(acceptor, letter, "reject", "reason=%20");
		assertThat((List<?>) blank.getMvcResult().getFlashMap().get("errorTexts")).asString().contains("请写明理由");
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.SUBMITTED);

		post(acceptor, letter, "reject", "reason=" + "与本网站受理范围无关");
		Letter rejected = letters.findById(letter.id()).orElseThrow();
		assertThat(rejected.state()).isEqualTo(RequestState.REJECTED);
		assertThat(rejected.rejectReason()).isEqualTo("与本网站受理范围无关");
		assertThat(casework.find(letter.caseId()).orElseThrow().closed()).isTrue();
		assertThat(page(acceptor, letter)).contains("不予受理的理由：与本网站受理范围无关").doesNotContain(">受理</button>");
		// a second officer on the old page: told it moved on, nothing changes
		MvcTestResult late = post(acceptor, letter, "accept", "");
		assertThat(late.getMvcResult().getFlashMap().get("error")).isEqualTo("interaction.office.refused.overtaken");
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.REJECTED);
	}

	@Test
	void a_duplicate_merges_into_the_letter_it_repeats_by_number_and_ends_its_units_time() {
		Letter first = accepted(Door.COMPLAINT, null, null);
		Letter duplicate = accepted(Door.COMPLAINT, null, null);
		office.assign(duplicate.id(), school, acceptor);

		MvcTestResult unknown = post(acceptor, duplicate, "merge", "number=NO-SUCH-" + tag);
		assertThat(unknown.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.office.refused.mergeTargetUnknown");
		MvcTestResult itself = post(acceptor, duplicate, "merge", "number=" + duplicate.number());
		assertThat(itself.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.office.refused.mergeIntoItself");

		post(acceptor, duplicate, "merge", "number=" + first.number());
		Letter merged = letters.findById(duplicate.id()).orElseThrow();
		assertThat(merged.state()).isEqualTo(RequestState.MERGED);
		assertThat(merged.mergedInto()).isEqualTo(first.id());
		assertThat(merged.number()).isEqualTo(duplicate.number());
		assertThat(assignments.findByRequestIdOrderByAssignedAtAscIdAsc(duplicate.id())).singleElement()
			.satisfies((a) -> assertThat(a.endReason()).isEqualTo(Assignment.EndReason.MERGED));
		assertThat(deadlines.view(merged.replyClockId()).colour().name()).isEqualTo("STOPPED");
		assertThat(casework.find(duplicate.caseId()).orElseThrow().closed()).isTrue();
		// the letter others follow stays put
		Letter third = accepted(Door.COMPLAINT, null, null);
		assertThatThrownBy(() -> office.merge(first.id(), third.number(), acceptor)).isInstanceOf(OfficeRefused.class)
			.extracting((e) -> ((OfficeRefused) e).messageKey())
			.isEqualTo("interaction.office.refused.mergeHasMerged");
	}

	@Test
	void supervision_is_marked_once_and_announced_for_the_supervision_module() {
		Letter letter = accepted(Door.MAILBOX, null, null);
		office.assign(letter.id(), school, acceptor);
		post(acceptor, letter, "escalate", "reason=" + "群众反映强烈");
		assertThat(letters.findById(letter.id()).orElseThrow().escalatedAt()).isNotNull();
		assertThat(events.stream(RequestEscalated.class).filter((e) -> e.requestId().equals(letter.id())))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.reason()).isEqualTo("群众反映强烈");
				assertThat(e.unitId()).isEqualTo(school);
				assertThat(e.actor()).isEqualTo(acceptor);
			});
		MvcTestResult twice = post(acceptor, letter, "escalate", "reason=" + "再次督办");
		assertThat(twice.getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.office.refused.escalatedBefore");
		assertThat(events.stream(RequestEscalated.class).filter((e) -> e.requestId().equals(letter.id()))).hasSize(1);
		assertThat(queue(acceptor, "all", "&text=" + letter.number())).contains("（督办）");
	}

	@Test
	void bulk_dispatch_routes_each_letter_on_its_own_and_names_those_it_could_not() {
		rule("建设" + tag, null, traffic);
		Letter one = accepted(Door.MESSAGE, "建设" + tag, null);
		Letter two = accepted(Door.MESSAGE, "建设" + tag, null);
		Letter none = accepted(Door.MESSAGE, "无规则" + tag, null);
		MvcTestResult result = mvc.post()
			.uri("/workbench/letters/bulk-assign")
			.param("letters", one.id().toString(), two.id().toString(), none.id().toString())
			.param("proposed", "true")
			.with(user(users.loadUserByUsername(acceptor)))
			.with(csrf())
			.exchange();
		assertThat(result.getMvcResult().getFlashMap().get("error")).isEqualTo("interaction.office.bulk.partly");
		Object[] arguments = (Object[]) result.getMvcResult().getFlashMap().get("errorArguments");
		assertThat(arguments[0]).isEqualTo(2);
		assertThat((String) arguments[2]).contains(none.number());
		assertThat(letters.findById(one.id()).orElseThrow().unitId()).isEqualTo(traffic);
		assertThat(letters.findById(two.id()).orElseThrow().unitId()).isEqualTo(traffic);
		assertThat(letters.findById(none.id()).orElseThrow().state()).isEqualTo(RequestState.ACCEPTED);

		MvcTestResult chosen = mvc.post()
			.uri("/workbench/letters/bulk-assign")
			.param("letters", none.id().toString())
			.param("unit", school.toString())
			.param("proposed", "false")
			.with(user(users.loadUserByUsername(acceptor)))
			.with(csrf())
			.exchange();
		assertThat(chosen.getMvcResult().getFlashMap().get("success")).isEqualTo("interaction.office.bulk.done");
		assertThat(letters.findById(none.id()).orElseThrow().unitId()).isEqualTo(school);
	}

	@Test
	void the_queues_filter_count_and_sort() {
		Letter consultation = letter(Door.CONSULTATION, "排序" + tag, null);
		Letter complaint = letter(Door.COMPLAINT, "排序" + tag, null);
		boolean inOrder = consultation.number().compareTo(complaint.number()) < 0;
		Letter older = inOrder ? consultation : complaint;
		Letter newer = inOrder ? complaint : consultation;
		String mine = "&topic=" + "排序" + tag;
		String ascending = queue(acceptor, "incoming", mine + "&sort=number");
		assertThat(ascending).contains("共 2 件");
		assertThat(ascending.indexOf(older.number())).isLessThan(ascending.indexOf(newer.number()));
		String descending = queue(acceptor, "incoming", mine + "&sort=-number");
		assertThat(descending.indexOf(newer.number())).isLessThan(descending.indexOf(older.number()));
		assertThat(queue(acceptor, "incoming", mine + "&door=COMPLAINT")).contains("共 1 件", complaint.number())
			.doesNotContain(consultation.number());
		// the 受理 clock of each waiting letter, with its word
		assertThat(ascending).contains("期限", "clock-due");
		long waiting = jdbc.sql("SELECT count(*) FROM interaction_request WHERE state = 'SUBMITTED'")
			.query(Long.class)
			.single();
		assertThat(queue(acceptor, "incoming", mine)).containsPattern("待受理（\\d+）");
		assertThat(waiting).isGreaterThanOrEqualTo(2);
		assertThat(queue(acceptor, "all", mine + "&state=SUBMITTED")).contains(older.number(), newer.number());
		assertThat(queue(acceptor, "all", mine + "&state=REJECTED")).contains("共 0 件");
	}

	@Test
	void only_the_office_routes_and_others_are_refused_with_nothing_changed() {
		Letter letter = accepted(Door.CONSULTATION, null, null);
		UUID elsewhere = TestStaff.unit(units, "卫健委", "Health Commission");
		String[] refused = { TestStaff.withRole(accounts, school, "lead", "审核人", InteractionRoles.INTERACTION_LEADER),
				TestStaff.withRole(accounts, elsewhere, "handle", "承办人", InteractionRoles.LETTER_HANDLER),
				TestStaff.withRole(accounts, officeUnit, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR),
				TestStaff.withRole(accounts, officeUnit, "ra", "注册审核员", PkiRoles.RA_OPERATOR),
				TestStaff.withRole(accounts, officeUnit, "dis", "公开专员", InteractionRoles.DISCLOSURE_OFFICER),
				unitAdministrator(school) };
		for (String person : refused) {
			assertThat(status(person, "/workbench/letters")).as(person).isEqualTo(403);
			assertThat(status(person, "/workbench/dispatch-rules")).as(person).isEqualTo(403);
			assertThat(post(person, letter, "assign", "unit=" + school).getResponse().getStatus()).as(person)
				.isEqualTo(403);
		}
		// a site administrator may act on 找错 reports only: another letter does not exist
		// for them
		String site = TestStaff.withRole(accounts, officeUnit, "site", "网站管理员", ContentRoles.SITE_ADMIN);
		assertThat(post(site, letter, "assign", "unit=" + school).getResponse().getStatus()).isEqualTo(404);
		awaitAudit(letter, "interaction.letter.assigned", "DENIED", 1);
		// a unit the letter never reached cannot object to it
		Letter routed = accepted(Door.CONSULTATION, null, null);
		office.assign(routed.id(), school, acceptor);
		MvcTestResult outsider = mvc.post()
			.uri("/workbench/letters/" + routed.id() + "/objection")
			.param("reason", "不是我们的")
			.with(user(users.loadUserByUsername(refused[1])))
			.with(csrf())
			.exchange();
		assertThat(outsider.getResponse().getStatus()).isEqualTo(404);
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(letters.findById(routed.id()).orElseThrow().state()).isEqualTo(RequestState.ASSIGNED);
		assertThat(assignments.findByRequestIdOrderByAssignedAtAscIdAsc(letter.id())).isEmpty();
	}

	@Test
	void the_catalogue_keeps_one_unit_per_topic_and_region() {
		String topic = "环保" + tag;
		MvcTestResult added = addRule(topic, "", school);
		assertThat(added.getMvcResult().getFlashMap().get("success")).isEqualTo("interaction.dispatch.added");
		MvcTestResult twice = addRule(topic.toUpperCase(), "", traffic);
		assertThat(twice.getMvcResult().getFlashMap().get("error")).isEqualTo("interaction.office.refused.ruleExists");
		MvcTestResult empty = addRule("", "", traffic);
		assertThat(empty.getMvcResult().getFlashMap().get("error")).isEqualTo("interaction.office.refused.ruleEmpty");
		String page = body(
				mvc.get().uri("/workbench/dispatch-rules").with(user(users.loadUserByUsername(acceptor))).exchange());
		assertThat(page).contains("派单目录", topic, unitName(school), "任何地区");
		Letter letter = letter(Door.COMPLAINT, topic, "任一地区" + tag);
		assertThat(office.proposal(letter)).get().extracting(DispatchRule::unitId).isEqualTo(school);
	}

	private MvcTestResult addRule(String topic, String region, UUID unit) {
		return mvc.post()
			.uri("/workbench/dispatch-rules")
			.param("topic", topic)
			.param("region", region)
			.param("unit", unit.toString())
			.with(user(users.loadUserByUsername(acceptor)))
			.with(csrf())
			.exchange();
	}

	private void rule(String topic, String region, UUID unit) {
		assertThat(addRule(topic == null ? "" : topic, region == null ? "" : region, unit).getMvcResult()
			.getFlashMap()
			.get("success")).isEqualTo("interaction.dispatch.added");
	}

	private String unitName(UUID unit) {
		return office.unitName(unit);
	}

	private Letter assigned(Letter letter) {
		return letters.findById(letter.id()).orElseThrow();
	}

	private Letter accepted(Door door, String topic, String region) {
		Letter letter = letter(door, topic, region);
		office.accept(letter.id(), acceptor);
		return letters.findById(letter.id()).orElseThrow();
	}

	private Letter letter(Door door, String topic, String region) {
		return new TestLetters(transactions, letters, cases, codes, clock).write(door, "关于道路积水的问题" + tag,
				"小区门口道路一下雨就积水，请尽快处理。", true, (letter) -> letter.describe(topic, region));
	}

	private String unitAdministrator(UUID unit) {
		String name = TestStaff.staff(accounts, unit, "unitadm", "单位管理员", "Qinchuan@2026");
		accounts.grant(name, new RoleGrant(IdentityRoles.UNIT_ADMIN, DataScope.UNIT_AND_BELOW, unit, Set.of()));
		return name;
	}

	private MvcTestResult post(String username, Letter letter, String action, String form) {
		var request = mvc.post()
			.uri("/workbench/letters/" + letter.id() + "/" + action)
			.with(user(users.loadUserByUsername(username)))
			.with(csrf());
		for (String pair : form.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				request = request.param(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
			}
		}
		return request.exchange();
	}

	private String queue(String username, String queue, String more) {
		MvcTestResult result = mvc.get()
			.uri("/workbench/letters?queue=" + queue + more)
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
