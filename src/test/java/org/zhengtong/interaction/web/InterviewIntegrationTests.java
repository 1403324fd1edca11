package org.zhengtong.interaction.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * 在线访谈 as its users meet it: an editor announces an interview, the public asks, the
 * question stays hidden until approved (shown masked, the original kept), the transcript
 * appears line by line as lines are published — in the order published, polled by the
 * last number seen — and the ended interview is the archive, taking no more questions.
 * Streams come only from the media server, whose origin the page's CSP names; other roles
 * are refused and every change is audited.
 */
@IntegrationTest
class InterviewIntegrationTests {

	static final String MEDIA = "https://media.example.gov.cn";

	@Autowired
	Captchas captchas;

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

	String editor;

	UUID unit;

	String tag;

	@BeforeEach
	void editor() {
		tag = UUID.randomUUID().toString().substring(0, 6);
		unit = TestStaff.unit(units, "访谈局", "Interview Bureau");
		editor = TestStaff.withRole(accounts, unit, "ivedit", "互动编辑", InteractionRoles.INTERACTION_EDITOR);
	}

	@Test
	void an_interview_is_announced_asked_moderated_transcribed_line_by_line_and_archived() {
		UUID id = announce("", "");
		String page = get("/interaction/interviews/" + id, null);
		assertThat(page).contains("关于访谈局工作" + tag, "预告", "秦川市访谈局", "局长", "张访谈", "我要提问", "刷新文字直播",
				"/assets/js/interview-live", "aria-live=\"polite\"");
		assertThat(get("/en/interaction/interviews/" + id, null)).contains("On the work of the bureau " + tag,
				"Interview Bureau", "Ask a question");
		MvcTestResult anonymousRead = mvc.get().uri("/interaction/interviews/" + id).exchange();
		assertThat(anonymousRead.getRequest().getSession(false)).as("the page read most starts no session").isNull();
		assertThat(get("/interaction/interviews/" + id + "/ask", null)).contains("您的姓名", "提交问题");
		assertThat(get("/interaction/interviews", null)).contains("关于访谈局工作" + tag);

		// A question from an anonymous visitor, with a phone number and a script in it
		// (and
		// the captcha answered through its text question).
		Captchas.Challenge captcha = captchas.issue();
		MvcTestResult asked = mvc.post()
			.uri("/interaction/interviews/questions")
			.param("interview", id.toString())
			.param("name", "王小红")
			.param("text", "电话13900001234<script>alert(1)</script>什么时候修路？")
			.param("captchaToken", captcha.token())
			.param("captchaAnswer", String.valueOf(captcha.first() + captcha.second()))
			.with(csrf())
			.exchange();
		assertThat(asked.getResponse().getStatus()).isEqualTo(302);
		assertThat(get("/interaction/interviews/" + id, null)).as("hidden until approved").doesNotContain("什么时候修路");
		String desk = get("/workbench/interviews/" + id, editor);
		assertThat(desk).contains("待审核的提问（1）", "王小红", "电话13900001234&lt;script&gt;alert(1)&lt;/script&gt;什么时候修路？")
			.doesNotContain("<script>alert(1)</script>");
		UUID question = jdbc.sql("SELECT id FROM interaction_interview_question WHERE interview_id = ?")
			.param(id)
			.query(UUID.class)
			.single();
		assertThat(post("/workbench/interviews/" + id + "/questions/approve", editor, "question", question.toString(),
				"text", ""))
			.isEqualTo(302);
		String shown = get("/interaction/interviews/" + id, null);
		assertThat(shown).contains("王**", "电话139****1234&lt;script&gt;")
			.doesNotContain("13900001234", "王小红", "<script>alert(1)");
		assertThat(jdbc.sql("SELECT original FROM interaction_interview_question WHERE id = ?")
			.param(question)
			.query(String.class)
			.single()).as("the original is kept").contains("13900001234");

		// Two lines written, published in the other order: the page shows them as
		// published.
		write(id, "主持人", "第一句" + tag, null);
		write(id, "张访谈", "第二句" + tag, question);
		List<UUID> drafts = jdbc
			.sql("SELECT id FROM interaction_interview_line WHERE interview_id = ? ORDER BY written_at, text")
			.param(id)
			.query(UUID.class)
			.list();
		assertThat(publish(id, drafts.get(1), "张访谈", "第二句" + tag)).as("not before it is live")
			.isEqualTo("interaction.interview.refused.wrongState");
		assertThat(get("/interaction/interviews/" + id, null)).doesNotContain("第二句" + tag);
		assertThat(post("/workbench/interviews/" + id + "/start", editor)).isEqualTo(302);
		assertThat(get("/interaction/interviews/" + id, null)).contains("直播中");
		publish(id, drafts.get(1), "张访谈", "第二句，改正" + tag);
		String lines = get("/interaction/interviews/" + id + "/lines?after=0", null);
		assertThat(lines).contains("\"state\":\"LIVE\"", "第二句，改正" + tag, "王**").doesNotContain("第一句" + tag);
		long seen = jdbc.sql("SELECT published_seq FROM interaction_interview_line WHERE id = ?")
			.param(drafts.get(1))
			.query(Long.class)
			.single();
		publish(id, drafts.get(0), "主持人", "第一句" + tag);
		String after = get("/interaction/interviews/" + id + "/lines?after=" + seen, null);
		assertThat(after).contains("第一句" + tag).doesNotContain("第二句");
		String live = get("/interaction/interviews/" + id, null);
		assertThat(live.indexOf("第二句，改正" + tag)).isLessThan(live.indexOf("第一句" + tag));
		assertThat(live).contains("已回答");

		assertThat(post("/workbench/interviews/" + id + "/end", editor)).isEqualTo(302);
		String archived = get("/interaction/interviews/" + id, null);
		assertThat(archived).contains("已结束", "访谈实录", "第一句" + tag, "第二句，改正" + tag)
			.doesNotContain("我要提问", "/assets/js/interview-live");
		assertThat(get("/interaction/interviews", null)).contains("往期回顾", "关于访谈局工作" + tag);

		// Nothing more is asked of an ended interview; the refusal is audited, nothing
		// stored.
		long before = questions(id);
		String refused = html(mvc.post()
			.uri("/interaction/interviews/questions")
			.param("interview", id.toString())
			.param("name", "李四")
			.param("text", "还能问吗？")
			.with(csrf())
			.exchange());
		assertThat(refused).contains("访谈已结束，不能这样操作");
		assertThat(questions(id)).isEqualTo(before);
		assertThat(audited(id, "interaction.interview.question-asked", "DENIED")).isEqualTo(1);
		// Recorded after each commit, by the audit module's listener.
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			for (String action : List.of("announced", "question-asked", "question-approved", "line-written", "started",
					"line-published", "ended")) {
				assertThat(audited(id, "interaction.interview." + action, "SUCCESS")).as(action).isPositive();
			}
		});
	}

	@Test
	void a_stream_is_embedded_only_from_the_media_server_whose_origin_the_page_policy_names() {
		UUID plain = announce("", "");
		String refused = html(mvc.post()
			.uri("/workbench/interviews")
			.params(form("", "PLAYER", "https://video.example.com/live/1"))
			.with(as(editor))
			.with(csrf())
			.exchange());
		assertThat(refused).contains("直播地址必须在媒体服务器 https://media.example.gov.cn 上。");
		assertThat(audited(null, "interaction.interview.announced", "DENIED")).isPositive();

		UUID streamed = announce("PLAYER", MEDIA + "/live/" + tag);
		assertThat(post("/workbench/interviews/" + streamed + "/start", editor)).isEqualTo(302);
		MvcTestResult page = mvc.get().uri("/interaction/interviews/" + streamed).exchange();
		assertThat(page.getResponse().getHeader("Content-Security-Policy"))
			.endsWith("; frame-src " + MEDIA + "; media-src " + MEDIA)
			.contains("script-src 'self'");
		assertThat(html(page)).contains("<iframe", "src=\"" + MEDIA + "/live/" + tag + "\"", "直播");

		assertThat(post("/workbench/interviews/" + plain + "/start", editor)).isEqualTo(302);
		MvcTestResult without = mvc.get().uri("/interaction/interviews/" + plain).exchange();
		assertThat(without.getResponse().getHeader("Content-Security-Policy")).doesNotContain("frame-src", "media-src");
		assertThat(html(without)).doesNotContain("<iframe");
	}

	@Test
	void only_participation_editors_run_interviews_and_an_unknown_one_is_not_found() {
		UUID id = announce("", "");
		String acceptor = TestStaff.withRole(accounts, unit, "ivacc", "受理员", InteractionRoles.LETTER_ACCEPTOR);
		String staff = TestStaff.staff(accounts, unit, "ivstaff", "科员", "Qinchuan@2026");
		for (String outsider : List.of(acceptor, staff)) {
			assertThat(mvc.get().uri("/workbench/interviews").with(as(outsider)).exchange().getResponse().getStatus())
				.as(outsider)
				.isEqualTo(403);
			assertThat(post("/workbench/interviews/" + id + "/start", outsider)).as(outsider).isEqualTo(403);
		}
		RequestPostProcessor citizen = user("ivcitizen").roles(IdentityRoles.CITIZEN.code());
		assertThat(mvc.post()
			.uri("/workbench/interviews/" + id + "/end")
			.with(citizen)
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(get("/interaction/interviews/" + id, null)).contains("预告");
		assertThat(mvc.get().uri("/interaction/interviews/" + UUID.randomUUID()).exchange().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.get()
			.uri("/workbench/interviews/" + UUID.randomUUID())
			.with(as(editor))
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(mvc.post()
			.uri("/interaction/interviews/questions")
			.param("interview", id.toString())
			.param("name", "王五")
			.param("text", "没有令牌")
			.exchange()
			.getResponse()
			.getStatus()).as("CSRF").isEqualTo(403);
	}

	private UUID announce(String kind, String url) {
		MvcTestResult result = mvc.post()
			.uri("/workbench/interviews")
			.params(form(tag, kind, url))
			.with(as(editor))
			.with(csrf())
			.exchange();
		assertThat(result.getResponse().getStatus()).as(html(result)).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private org.springframework.util.MultiValueMap<String, String> form(String suffix, String kind, String url) {
		var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
		form.add("title", "关于访谈局工作" + suffix);
		form.add("titleEn", "On the work of the bureau " + suffix);
		form.add("summary", "访谈局负责人介绍工作。");
		form.add("startsAt", "2026-12-20T10:00");
		form.add("guests[0].unit", unit.toString());
		form.add("guests[0].name", "张访谈");
		form.add("guests[0].post", "局长");
		form.add("mediaKind", kind);
		form.add("mediaUrl", url);
		return form;
	}

	private void write(UUID id, String speaker, String text, UUID question) {
		assertThat(post("/workbench/interviews/" + id + "/lines", editor, "speaker", speaker, "text", text, "question",
				question == null ? "" : question.toString()))
			.isEqualTo(302);
	}

	/** Publishes a line; the refusal's message key, or null when it was published. */
	private Object publish(UUID id, UUID line, String speaker, String text) {
		MvcTestResult result = mvc.post()
			.uri("/workbench/interviews/" + id + "/lines/publish")
			.param("line", line.toString())
			.param("speaker", speaker)
			.param("text", text)
			.with(as(editor))
			.with(csrf())
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result.getMvcResult().getFlashMap().get("error");
	}

	private int post(String path, String username, String... params) {
		var request = mvc.post().uri(path).with(as(username)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().getResponse().getStatus();
	}

	private String get(String path, String username) {
		var request = mvc.get().uri(path);
		MvcTestResult result = username == null ? request.exchange() : request.with(as(username)).exchange();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return html(result);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private static String html(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private long questions(UUID id) {
		return jdbc.sql("SELECT count(*) FROM interaction_interview_question WHERE interview_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long audited(UUID id, String action, String outcome) {
		return jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND outcome = ?"
					+ (id == null ? "" : " AND object_id = '" + id + "'"))
			.param(action)
			.param(outcome)
			.query(Long.class)
			.single();
	}

}
