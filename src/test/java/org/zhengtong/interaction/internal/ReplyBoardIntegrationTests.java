package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.ReplySent;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.search.Search;
import org.zhengtong.search.SearchHit;
import org.zhengtong.search.SearchQuery;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 回复公开: with the writer's consent an answered letter is on the public board with ID and
 * phone numbers masked, under the answering unit's name of that day, and found by search;
 * editors edit the public copy or hide it (search follows), never the letter; nobody else
 * reaches the editors' pages.
 */
@IntegrationTest
class ReplyBoardIntegrationTests {

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	BoardPosts posts;

	@Autowired
	ReplyBoardService board;

	@Autowired
	Search search;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void a_consented_answered_letter_is_public_masked_under_its_unit_and_found_by_search() {
		String tag = tag();
		UUID unit = TestStaff.unit(units, "水务局", "Water Bureau");
		String unitName = units.find(unit, LocalDate.now(clock)).orElseThrow().names().fullName();
		Letter consented = answered(unit, "关于" + tag + "小区停水的问题",
				"我家住在" + tag + "小区，身份证号610113199001011234，电话13900000123，已经停水三天。", true);
		Letter private_ = answered(unit, "关于" + tag + "不公开的问题", "请不要公开。", false);
		assertThat(board.publish(sent(private_))).as("a letter without consent").isEmpty();
		assertThat(posts.existsById(private_.id())).isFalse();

		// The reply's event puts it there (the listener, after the sending transaction).
		await().atMost(Duration.ofSeconds(30)).until(() -> posts.existsById(consented.id()));
		String list = page("/interaction/board?q=" + tag);
		assertThat(list).contains("关于" + tag + "小区停水的问题", unitName).doesNotContain("不公开的问题");
		String detail = page("/interaction/board/" + consented.number());
		assertThat(detail).contains("610113********1234", "139****0123", "停水三天", "已恢复供水", unitName)
			.doesNotContain("19900101", "13900000123");
		assertThat(letters.findById(consented.id()).orElseThrow().body()).as("the letter itself")
			.contains("610113199001011234", "13900000123");
		assertThat(page("/en/interaction/board")).contains("Published replies");

		await().atMost(Duration.ofSeconds(20)).until(() -> found(tag + "小区停水") != null);
		SearchHit hit = found(tag + "小区停水");
		assertThat(hit.path()).isEqualTo("/interaction/board/" + consented.number());
		assertThat(hit.snippet()).doesNotContain("13900000123");
	}

	@Test
	void the_answering_unit_is_named_as_it_was_on_the_day_of_the_answer() {
		String tag = tag();
		UUID unit = TestStaff.unit(units, "城管局", "Urban Bureau");
		String before = units.find(unit, LocalDate.now(clock)).orElseThrow().names().fullName();
		Letter letter = answered(unit, "关于" + tag + "占道经营", "路口占道经营。", true);
		units.rename(unit, new UnitNames("秦川市城市管理综合执法局" + tag, "市城管执法局", "Qinchuan Urban Enforcement " + tag, null),
				LocalDate.now(clock).plusDays(1), AccountManagement.SYSTEM);
		board.publish(sent(letter));
		assertThat(page("/interaction/board/" + letter.number())).contains(before).doesNotContain("秦川市城市管理综合执法局" + tag);
	}

	@Test
	void editors_edit_the_public_copy_or_hide_it_and_nobody_else_reaches_their_pages() {
		String tag = tag();
		UUID unit = TestStaff.unit(units, "住建局", "Housing Bureau");
		String editor = TestStaff.withRole(accounts, unit, "board", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
		String handler = TestStaff.withRole(accounts, unit, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		Letter letter = answered(unit, "关于" + tag + "电梯维修", "电梯坏了。", true);
		board.publish(sent(letter));
		String path = "/workbench/board/" + letter.id();

		assertThat(as(handler, mvc.get().uri("/workbench/board")).getResponse().getStatus()).isEqualTo(404);
		assertThat(as(handler, mvc.post().uri(path + "/hide").param("version", "0").param("reason", "x").with(csrf()))
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(posts.findById(letter.id()).orElseThrow().hidden()).isFalse();

		assertThat(body(as(editor, mvc.get().uri("/workbench/board?q=" + tag)))).contains("关于" + tag + "电梯维修");
		assertThat(body(as(editor, mvc.get().uri(path)))).contains("来信原文（不公开）", "电梯坏了。");
		as(editor,
				mvc.post()
					.uri(path)
					.param("version", "0")
					.param("title", "关于" + tag + "电梯维修的答复")
					.param("body", "电梯坏了，联系电话 13900000999。")
					.param("reply", "已修好。")
					.with(csrf()));
		BoardPost edited = posts.findById(letter.id()).orElseThrow();
		assertThat(edited.body()).isEqualTo("电梯坏了，联系电话 139****0999。");
		assertThat(letters.findById(letter.id()).orElseThrow().body()).isEqualTo("电梯坏了。");

		// An editor working from the page as it was before the edit changes nothing.
		as(editor, mvc.post().uri(path + "/hide").param("version", "0").param("reason", "旧页面").with(csrf()));
		assertThat(posts.findById(letter.id()).orElseThrow().hidden()).isFalse();
		assertThat(denied(letter)).isEqualTo(1);

		as(editor,
				mvc.post()
					.uri(path + "/hide")
					.param("version", String.valueOf(edited.version()))
					.param("reason", "涉及个人隐私")
					.with(csrf()));
		assertThat(posts.findById(letter.id()).orElseThrow().hiddenReason()).isEqualTo("涉及个人隐私");
		assertThat(mvc.get().uri("/interaction/board/" + letter.number()).exchange().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page("/interaction/board?q=" + tag)).doesNotContain("电梯维修");
		await().atMost(Duration.ofSeconds(20)).until(() -> found(tag + "电梯维修") == null);
	}

	private Letter answered(UUID unit, String title, String body, boolean consent) {
		Letter written = new TestLetters(transactions, letters, cases, codes, clock).write(Door.CONSULTATION, title,
				body, consent);
		return transactions.execute((status) -> {
			Letter letter = letters.findById(written.id()).orElseThrow();
			letter.accept("zhoujie", clock.instant());
			letter.assign(unit, 0L);
			letter.take("handler");
			letter.draft("您好，已恢复供水。联系电话 029-12345678。");
			letter.submitReply();
			letter.send("leader", clock.instant());
			if (consent && title.contains("停水")) {
				events.publishEvent(sent(letter));
			}
			return letter;
		});
	}

	private static ReplySent sent(Letter letter) {
		return new ReplySent(letter.id(), letter.number(), letter.replyUnitId(), letter.repliedAt(),
				letter.consentPublish());
	}

	private SearchHit found(String phrase) {
		return search.search(new SearchQuery(phrase, "zh", null, null, null, null, 0, 10))
			.hits()
			.stream()
			.filter((hit) -> hit.path().startsWith("/interaction/board/"))
			.findFirst()
			.orElse(null);
	}

	private long denied(Letter letter) {
		return jdbc.sql(
				"SELECT count(*) FROM audit_entry WHERE object_id = ? AND outcome = 'DENIED' AND action LIKE 'interaction.board.%'")
			.param(letter.id().toString())
			.query(Long.class)
			.single();
	}

	private MvcTestResult as(String username,
			org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request) {
		return request.with(user(users.loadUserByUsername(username))).exchange();
	}

	private String page(String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return body(result);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String tag() {
		return "测" + Integer.toString((int) (Math.random() * 1_000_000), 36);
	}

}
