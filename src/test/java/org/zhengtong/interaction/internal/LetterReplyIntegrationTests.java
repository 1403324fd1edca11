package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The unit answers a letter routed to it: a handler takes it, drafts from the unit's
 * template, sends it for review; the leader returns it once with an opinion, then
 * approves — the writer and the writer of a merged duplicate hear of the reply by e-mail,
 * the reply clock stops, the unit's assignment ends as answered. Everyone else is refused
 * and nothing changes: outside the unit the letter does not exist.
 */
@IntegrationTest
class LetterReplyIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Deadlines deadlines;

	@Autowired
	Casework casework;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	@Autowired
	org.springframework.context.MessageSource texts;

	RoutedLetters routing;

	final Map<String, MockHttpSession> sessions = new HashMap<>();

	UUID unit;

	String handler;

	String leader;

	@BeforeEach
	void unit() {
		routing = new RoutedLetters(letters, cases, codes, deadlines, transactions, jdbc);
		unit = TestStaff.unit(units, "答复测试局", "Reply Test Bureau");
		handler = TestStaff.withRole(accounts, unit, "hnd", "甲承办", InteractionRoles.LETTER_HANDLER);
		leader = TestStaff.withRole(accounts, unit, "lead", "乙审核", InteractionRoles.INTERACTION_LEADER);
	}

	@Test
	void the_leader_returns_the_draft_once_then_approves_and_both_writers_hear_of_the_reply() {
		Instant now = Instant.now();
		String mail = "writer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		String mergedMail = "merged-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		Letter letter = routing.routed(routing.submitted(Door.CONSULTATION, "关于学校招生范围的咨询", "王小红", mail, now), unit, 5,
				now);
		Letter duplicate = routing.merged(routing.submitted(Door.CONSULTATION, "学校招生范围怎么划分", "李明", mergedMail, now),
				letter, now);

		post("/workbench/reply-templates", leader, "door", "CONSULTATION", "name", "咨询通用答复", "body",
				"{来信人}您好：您反映的“{标题}”（编号 {编号}）已收悉。");
		assertThat(page("/workbench/reply-templates", leader)).contains("咨询通用答复");

		assertThat(page("/workbench/unit-letters", handler)).contains("关于学校招生范围的咨询", "已派单", "尚未办理");
		assertThat(page("/workbench/letters/" + letter.id(), handler)).contains("办理与答复", ">办理<");

		post("/workbench/letters/" + letter.id() + "/take", handler);
		assertThat(state(letter)).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(casework.openTasks(letter.caseId()).get(0).assignee().name()).isEqualTo("甲承办");
		long template = jdbc.sql("SELECT id FROM interaction_reply_template WHERE unit_id = ?")
			.param(unit)
			.query(Long.class)
			.single();
		post("/workbench/letters/" + letter.id() + "/draft-template", handler, "template", Long.toString(template));
		assertThat(routing.reload(letter).replyDraft())
			.isEqualTo("王小红您好：您反映的“关于学校招生范围的咨询”（编号 " + letter.number() + "）已收悉。");

		post("/workbench/letters/" + letter.id() + "/submit", handler, "text", "第一稿：招生范围见教育局公告。");
		assertThat(state(letter)).isEqualTo(RequestState.REPLY_REVIEW);
		assertThat(casework.openTasks(letter.caseId()).get(0).assignee().key())
			.isEqualTo("unit:" + unit + ":interaction.approve");
		assertThat(page("/workbench/letters/" + letter.id(), leader)).contains("待审核的答复", "第一稿", "同意并答复");

		// A return without an opinion is refused with a message, and changes nothing.
		String refused = follow(post("/workbench/letters/" + letter.id() + "/return", leader, "opinion", " "), leader);
		assertThat(refused).contains("退回修改时请填写审核意见");
		assertThat(state(letter)).isEqualTo(RequestState.REPLY_REVIEW);
		assertThat(denied(letter, "interaction.letter.reply-return")).isEqualTo(1);

		post("/workbench/letters/" + letter.id() + "/return", leader, "opinion", "请写明划片的具体街道。");
		assertThat(state(letter)).isEqualTo(RequestState.IN_PROGRESS);
		assertThat(page("/workbench/letters/" + letter.id(), handler)).contains("审核人退回意见", "请写明划片的具体街道。", "第一稿");

		post("/workbench/letters/" + letter.id() + "/submit", handler, "text", "第二稿：本区按街道划片，详见附表。");
		post("/workbench/letters/" + letter.id() + "/approve", leader, "opinion", "同意。");

		Letter answered = routing.reload(letter);
		assertThat(answered.state()).isEqualTo(RequestState.REPLIED);
		assertThat(answered.replyText()).isEqualTo("第二稿：本区按街道划片，详见附表。");
		assertThat(answered.replyUnitId()).isEqualTo(unit);
		assertThat(answered.replyApprovedBy()).isEqualTo(leader);
		assertThat(casework.openTasks(letter.caseId())).isEmpty();
		assertThat(deadlines.view(answered.replyClockId()).colour()).isEqualTo(ClockColour.STOPPED);
		assertThat(jdbc.sql("SELECT end_reason FROM interaction_request_assignment WHERE request_id = ?")
			.param(letter.id())
			.query(String.class)
			.single()).isEqualTo("ANSWERED");
		Letter mergedAnswered = routing.reload(duplicate);
		assertThat(mergedAnswered.state()).isEqualTo(RequestState.MERGED);
		assertThat(mergedAnswered.replyText()).isEqualTo("第二稿：本区按街道划片，详见附表。");
		assertThat(mergedAnswered.repliedAt()).isNotNull();

		await().atMost(Duration.ofSeconds(30))
			.until(() -> mails(mail, "您的来信已答复：" + letter.number()) == 1
					&& mails(mergedMail, "您的来信已答复：" + duplicate.number()) == 1);
		for (String action : new String[] { "interaction.letter.take", "interaction.letter.reply-submit",
				"interaction.letter.reply-return", "interaction.letter.reply-send" }) {
			assertThat(jdbc.sql("""
					SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = 'SUCCESS'""")
				.params(action, letter.id().toString())
				.query(Long.class)
				.single()).as(action).isGreaterThanOrEqualTo(1);
		}
		// Answered, the letter leaves the unit's queue.
		assertThat(page("/workbench/unit-letters", handler)).doesNotContain("关于学校招生范围的咨询");
	}

	@Test
	void outside_the_unit_the_letter_does_not_exist_and_inside_each_refusal_changes_nothing() {
		Instant now = Instant.now();
		Letter letter = routing.routed(routing.submitted(Door.COMPLAINT, "投诉校车超载", "赵强", null, now), unit, 15, now);
		UUID elsewhere = TestStaff.unit(units, "别处答复局", "Elsewhere Reply Bureau");
		String farHandler = TestStaff.withRole(accounts, elsewhere, "fh", "丙承办", InteractionRoles.LETTER_HANDLER);
		String farLeader = TestStaff.withRole(accounts, elsewhere, "fl", "丁审核", InteractionRoles.INTERACTION_LEADER);
		String colleague = TestStaff.withRole(accounts, unit, "hnd2", "戊承办", InteractionRoles.LETTER_HANDLER);
		String plain = TestStaff.staff(accounts, unit, "plain", "己科员", "Qinchuan@2026");

		assertThat(status("GET", "/workbench/letters/" + letter.id(), farHandler)).isEqualTo(404);
		assertThat(status("POST", "/workbench/letters/" + letter.id() + "/take", farHandler)).isEqualTo(404);
		assertThat(page("/workbench/unit-letters", farHandler)).doesNotContain("投诉校车超载");
		assertThat(status("POST", "/workbench/letters/" + letter.id() + "/take", plain)).isEqualTo(403);
		assertThat(status("GET", "/workbench/unit-letters", plain)).isEqualTo(403);
		// A leader cannot take a letter; a handler cannot approve a reply.
		assertThat(status("POST", "/workbench/letters/" + letter.id() + "/take", leader)).isEqualTo(403);
		assertThat(state(letter)).isEqualTo(RequestState.ASSIGNED);

		post("/workbench/letters/" + letter.id() + "/take", handler);
		String taken = follow(post("/workbench/letters/" + letter.id() + "/draft", colleague, "text", "我来写。"),
				colleague);
		assertThat(taken).contains("已由本单位其他承办人办理");
		assertThat(routing.reload(letter).replyDraft()).isNull();
		assertThat(denied(letter, "interaction.letter.draft")).isEqualTo(1);

		post("/workbench/letters/" + letter.id() + "/submit", handler, "text", "已责令整改。");
		assertThat(status("POST", "/workbench/letters/" + letter.id() + "/approve", handler)).isEqualTo(403);
		assertThat(status("POST", "/workbench/letters/" + letter.id() + "/approve", farLeader)).isEqualTo(404);
		assertThat(state(letter)).isEqualTo(RequestState.REPLY_REVIEW);

		// Whoever drafted the reply does not approve it, even holding the leader's role.
		accounts.grant(handler, InteractionRoles.INTERACTION_LEADER);
		String own = follow(post("/workbench/letters/" + letter.id() + "/approve", handler, "opinion", ""), handler);
		assertThat(own).contains("不能审核自己起草的答复");
		assertThat(state(letter)).isEqualTo(RequestState.REPLY_REVIEW);

		// Another unit's leader cannot see or retire this unit's templates.
		post("/workbench/reply-templates", leader, "door", "COMPLAINT", "name", "投诉答复", "body", "您好。");
		long template = jdbc.sql("SELECT id FROM interaction_reply_template WHERE unit_id = ?")
			.param(unit)
			.query(Long.class)
			.single();
		assertThat(page("/workbench/reply-templates", farLeader)).doesNotContain("投诉答复");
		follow(post("/workbench/reply-templates/" + template + "/retire", farLeader), farLeader);
		assertThat(jdbc.sql("SELECT active FROM interaction_reply_template WHERE id = ?")
			.param(template)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(status("GET", "/workbench/reply-templates", colleague)).isEqualTo(403);
	}

	private RequestState state(Letter letter) {
		return routing.reload(letter).state();
	}

	private long denied(Letter letter, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = 'DENIED'")
			.params(action, letter.id().toString())
			.query(Long.class)
			.single();
	}

	private long mails(String recipient, String subject) {
		return jdbc.sql("SELECT count(*) FROM notification_mail WHERE recipient = ? AND subject = ?")
			.params(recipient, subject)
			.query(Long.class)
			.single();
	}

	/** Posts as the person; a redirect back to a page is expected. */
	private MvcTestResult post(String uri, String username, String... params) {
		var request = mvc.post()
			.uri(uri)
			.session(session(username))
			.with(user(users.loadUserByUsername(username)))
			.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(302);
		return result;
	}

	/** One session per person, so a redirect's flash message reaches the next page. */
	private MockHttpSession session(String username) {
		return sessions.computeIfAbsent(username, (name) -> new MockHttpSession());
	}

	/**
	 * The message the page a redirect leads to shows (its flash message), as the reader
	 * reads it.
	 */
	private String follow(MvcTestResult redirected, String username) {
		assertThat(redirected.getResponse().getRedirectedUrl()).startsWith("/workbench/");
		var flash = redirected.getMvcResult().getFlashMap();
		String key = (String) (flash.get("error") != null ? flash.get("error") : flash.get("success"));
		assertThat(key).as("a message after the redirect").isNotNull();
		Object[] arguments = (Object[]) (flash.get("error") != null ? flash.get("errorArguments")
				: flash.get("successArguments"));
		return texts.getMessage(key, arguments, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	private String page(String uri, String username) {
		MvcTestResult result = mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private int status(String method, String uri, String username) {
		var request = "GET".equals(method) ? mvc.get().uri(uri) : mvc.post().uri(uri).with(csrf());
		return request.with(user(users.loadUserByUsername(username))).exchange().getResponse().getStatus();
	}

}
