package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 来信审核: a letter the guard held waits in the editors' queue, and only there; an editor
 * releases it to the receiving office's 受理 or rejects it with a reason the writer reads,
 * each on the record; other roles are refused, and a letter that moved on cannot be
 * decided twice.
 */
@IntegrationTest
class ModerationIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Casework casework;

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

	@Test
	void an_editor_releases_a_held_letter_to_the_receiving_office_and_nobody_else_may() {
		Letter held = heldLetter("含外部链接：spam.example.com");
		assertThat(casework.openTasks(held.caseId()).get(0).assignee().key()).isEqualTo("any:interaction.moderate");
		UUID office = TestStaff.unit(units, "政府办", "General Office");
		String editor = TestStaff.withRole(accounts, office, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		String acceptor = TestStaff.withRole(accounts, office, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String handler = TestStaff.withRole(accounts, office, "handle", "承办人", InteractionRoles.LETTER_HANDLER);

		assertThat(page("/workbench/moderation?text=" + held.number(), editor)).contains(held.number(),
				"含外部链接：spam.example.com", "待审核来信（1 件）", "放行 " + held.number());
		assertThat(page("/workbench/letters/" + held.id(), editor)).contains("此来信因“含外部链接：spam.example.com”等待审核",
				"放行，进入受理", "不予受理理由（来信人可见）");
		// The office reads every letter but does not moderate.
		assertThat(page("/workbench/letters/" + held.id(), acceptor)).doesNotContain("放行，进入受理");
		for (String outsider : new String[] { acceptor, handler }) {
			assertThat(get("/workbench/moderation", outsider).getResponse().getStatus()).as(outsider).isEqualTo(403);
			assertThat(post("/workbench/moderation/" + held.id() + "/release", outsider, "reason", "").getResponse()
				.getStatus()).as(outsider).isEqualTo(403);
		}
		assertThat(letters.findById(held.id()).orElseThrow().state()).isEqualTo(RequestState.SCREENING);

		MvcTestResult released = post("/workbench/moderation/" + held.id() + "/release", editor, "reason", "");
		assertThat(released.getResponse().getRedirectedUrl()).isEqualTo("/workbench/moderation");
		Letter now = letters.findById(held.id()).orElseThrow();
		assertThat(now.state()).isEqualTo(RequestState.SUBMITTED);
		assertThat(casework.openTasks(held.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo("any:interaction.accept"));
		assertThat(casework.find(held.caseId()).orElseThrow().state()).isEqualTo("SUBMITTED");
		awaitEntry("interaction.moderation.released", held, "SUCCESS");

		// Gone from the queue, and out of the editor's reach: a second release is not
		// found.
		assertThat(page("/workbench/moderation?text=" + held.number(), editor)).contains("没有待审核的来信");
		assertThat(
				post("/workbench/moderation/" + held.id() + "/release", editor, "reason", "").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(entries("interaction.moderation.released", held, "DENIED")).isEqualTo(1);
		assertThat(letters.findById(held.id()).orElseThrow().version()).isEqualTo(now.version());
	}

	@Test
	void an_editor_rejects_a_held_letter_only_with_a_reason_the_writer_reads() {
		Letter held = heldLetter("含敏感词：违禁");
		UUID office = TestStaff.unit(units, "政府办", "General Office");
		String editor = TestStaff.withRole(accounts, office, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR);

		MvcTestResult blank = post("/workbench/moderation/" + held.id() + "/reject", editor, "reason", "  ");
		assertThat(blank.getResponse().getRedirectedUrl()).isEqualTo("/workbench/letters/" + held.id());
		assertThat(blank.getMvcResult().getFlashMap().get("errorTexts")).asString().contains("请填写不予受理的理由");
		assertThat(letters.findById(held.id()).orElseThrow().state()).isEqualTo(RequestState.SCREENING);

		MvcTestResult rejected = post("/workbench/moderation/" + held.id() + "/reject", editor, "reason",
				"来信内容含广告链接，与政务诉求无关。");
		assertThat(rejected.getResponse().getRedirectedUrl()).isEqualTo("/workbench/moderation");
		Letter now = letters.findById(held.id()).orElseThrow();
		assertThat(now.state()).isEqualTo(RequestState.REJECTED);
		assertThat(now.rejectReason()).isEqualTo("来信内容含广告链接，与政务诉求无关。");
		assertThat(casework.find(held.caseId()).orElseThrow().state()).isEqualTo("REJECTED");
		assertThat(casework.openTasks(held.caseId())).isEmpty();
		awaitEntry("interaction.moderation.rejected", held, "SUCCESS");
	}

	@Test
	void editors_keep_the_sensitive_word_list_on_the_record() {
		UUID office = TestStaff.unit(units, "政府办", "General Office");
		String editor = TestStaff.withRole(accounts, office, "mod", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		String acceptor = TestStaff.withRole(accounts, office, "accept", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String word = "词" + UUID.randomUUID().toString().substring(0, 8);

		assertThat(post("/workbench/moderation/words", acceptor, "word", word).getResponse().getStatus())
			.isEqualTo(403);
		assertThat(
				post("/workbench/moderation/words", editor, "word", word).getMvcResult().getFlashMap().get("success"))
			.isEqualTo("interaction.words.added");
		assertThat(post("/workbench/moderation/words", editor, "word", word).getMvcResult().getFlashMap().get("error"))
			.isEqualTo("interaction.words.notAdded");
		assertThat(page("/workbench/moderation/words", editor)).contains(word, "删除 " + word);
		assertThat(auditCount("interaction.moderation.word-added", word)).isEqualTo(1);

		post("/workbench/moderation/words/remove", editor, "word", word);
		assertThat(page("/workbench/moderation/words", editor)).doesNotContain(word);
		assertThat(auditCount("interaction.moderation.word-removed", word)).isEqualTo(1);
		assertThat(post("/workbench/moderation/words/remove", editor, "word", word).getResponse().getStatus())
			.isEqualTo(404);
	}

	private Letter heldLetter(String reason) {
		return new TestLetters(transactions, letters, cases, codes, clock).write(Door.COMPLAINT, "投诉小区物业乱收费",
				"物业每月多收 200 元，详见 http://spam.example.com。", true, (letter) -> letter.hold(reason));
	}

	private MvcTestResult get(String uri, String username) {
		return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
	}

	private String page(String uri, String username) {
		MvcTestResult result = get(uri, username);
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MvcTestResult post(String uri, String username, String field, String value) {
		return mvc.post()
			.uri(uri)
			.param(field, value)
			.with(user(users.loadUserByUsername(username)))
			.with(csrf())
			.exchange();
	}

	private void awaitEntry(String action, Letter letter, String outcome) {
		await().atMost(Duration.ofSeconds(20)).until(() -> entries(action, letter, outcome) == 1);
	}

	private long entries(String action, Letter letter, String outcome) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ? AND outcome = ?")
			.params(action, letter.id().toString(), outcome)
			.query(Long.class)
			.single();
	}

	private long auditCount(String action, String word) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND object_id = ?")
			.params(action, word)
			.query(Long.class)
			.single();
	}

}
