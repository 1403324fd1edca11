package org.zhengtong.interaction.survey;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.CaptchaAnswers;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestMailServer.RecordingSmsGateway;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * 网上调查和意见征集 end to end over HTTP: an editor builds and opens a survey; one answer per
 * verified person (a public account — also from two browsers at once — or a phone with
 * its SMS code), held by the database; free text hidden until approved, the original
 * kept; a consultation's results published only with its 采纳情况; and who else is refused.
 */
@IntegrationTest
class SurveyIntegrationTests {

	static final String PASSWORD = "Qinchuan@2026";

	static final Pattern CODE = Pattern.compile("验证码是 ([0-9]{6})");

	static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	int port;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	PublicAccounts publicAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	RecordingSmsGateway sms;

	@Autowired
	AuditManagement audit;

	String editorName;

	BrowserlessSession editor;

	@BeforeEach
	void editor() {
		UUID unit = TestStaff.unit(units, "互动测试办", "Interaction test office");
		editorName = TestStaff.withRole(platformAccounts, unit, "ed", "编辑甲", InteractionRoles.INTERACTION_EDITOR);
		editor = new BrowserlessSession(port);
		assertThat(editor.login(editorName, PASSWORD)).endsWith("/workbench");
	}

	@Test
	void one_account_answering_from_two_browsers_at_once_stores_one_answer() throws Exception {
		UUID survey = openSurvey("SURVEY", "两个浏览器同时回答", "SINGLE", "您赞成吗？", "赞成\n反对");
		UUID question = firstQuestion(survey);
		String citizen = citizen();
		BrowserlessSession first = new BrowserlessSession(port);
		BrowserlessSession second = new BrowserlessSession(port);
		assertThat(first.login(citizen, PASSWORD)).endsWith("/my");
		assertThat(second.login(citizen, PASSWORD)).endsWith("/my");
		assertThat(first.get(page(survey)).body()).contains("您将以实名账户参加");
		second.get(page(survey));

		Map<String, String> form = Map.of("survey", survey.toString(), "answers[" + question + "]", "0");
		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> {
			together(together);
			return first.post("/interaction/surveys/answer", form);
		});
		CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> {
			together(together);
			return second.post("/interaction/surveys/answer", form);
		});
		assertThat(a.get().statusCode()).isEqualTo(302);
		assertThat(b.get().statusCode()).isEqualTo(302);

		List<String> pages = List.of(first.get(page(survey)).body(), second.get(page(survey)).body());
		assertThat(pages).filteredOn((body) -> body.contains("提交成功，感谢您的参与")).hasSize(1);
		assertThat(pages).filteredOn((body) -> body.contains("您已经参加过这项调查，每人只能参加一次"))
			.hasSize(2)
			.as("the second is told, and the first sees it has taken part");
		assertThat(responses(survey)).isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM interaction_survey_answer a JOIN "
						+ "interaction_survey_response r ON r.id = a.response_id WHERE r.survey_id = ?",
				Long.class, survey))
			.isEqualTo(1);

		// Later, on a fresh page, the form is gone and another try is refused the same
		// way.
		assertThat(first.get(page(survey)).body()).doesNotContain("name=\"answers[");
		first.post("/interaction/surveys/answer", form);
		assertThat(responses(survey)).isEqualTo(1);
	}

	@Test
	void the_database_itself_holds_one_answer_per_person_and_survey() {
		UUID survey = openSurvey("SURVEY", "数据库唯一约束", "SINGLE", "您赞成吗？", "赞成\n反对");
		jdbc.update(
				"INSERT INTO interaction_survey_response (id, survey_id, voter_key, submitted_at) VALUES (?, ?, ?, now())",
				UUID.randomUUID(), survey, "phone:abc");
		assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO interaction_survey_response (id, survey_id, voter_key, submitted_at) VALUES (?, ?, ?, now())",
				UUID.randomUUID(), survey, "phone:abc"))
			.isInstanceOf(DuplicateKeyException.class);
	}

	@Test
	void without_an_account_a_phone_verified_by_sms_code_answers_once() {
		UUID survey = openSurvey("SURVEY", "手机验证参加", "SCALE", "您满意吗？", "");
		UUID question = firstQuestion(survey);
		String mobile = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		BrowserlessSession visitor = new BrowserlessSession(port);
		String form = visitor.get(page(survey)).body();
		assertThat(form).contains("登录实名账户").contains("获取验证码");

		assertThat(
				visitor
					.post("/interaction/surveys/answer",
							CaptchaAnswers.with(form,
									Map.of("survey", survey.toString(), "answers[" + question + "]", "4")))
					.statusCode())
			.isEqualTo(302);
		String shown = visitor.get(page(survey)).body();
		assertThat(shown).contains("请先登录实名账户，或填写手机号码和短信验证码");

		visitor.post("/interaction/surveys/code", Map.of("survey", survey.toString(), "phone", mobile));
		shown = visitor.get(page(survey)).body();
		assertThat(shown).contains("验证码已发送");
		String code = code(mobile);
		String wrong = code.equals("000000") ? "111111" : "000000";
		visitor.post("/interaction/surveys/answer", CaptchaAnswers.with(shown,
				Map.of("survey", survey.toString(), "answers[" + question + "]", "9", "phone", mobile, "code", code)));
		shown = visitor.get(page(survey)).body();
		assertThat(shown).as("a point outside the scale").contains("回答不在可选范围内");
		visitor.post("/interaction/surveys/answer", CaptchaAnswers.with(shown,
				Map.of("survey", survey.toString(), "answers[" + question + "]", "4", "phone", mobile, "code", wrong)));
		shown = visitor.get(page(survey)).body();
		assertThat(shown).contains("短信验证码不正确或已过期");
		assertThat(responses(survey)).isZero();

		// A wrong captcha answer stores nothing and says so; the answers stay on the
		// page.
		visitor.post("/interaction/surveys/answer", CaptchaAnswers.with(shown,
				Map.of("survey", survey.toString(), "answers[" + question + "]", "4", "phone", mobile, "code", code),
				Integer.toString(CaptchaAnswers.sum(shown) + 1)));
		shown = visitor.get(page(survey)).body();
		assertThat(shown).contains("验证码不正确或已过期，请重新输入。");
		assertThat(responses(survey)).isZero();

		visitor.post("/interaction/surveys/answer", CaptchaAnswers.with(shown,
				Map.of("survey", survey.toString(), "answers[" + question + "]", "4", "phone", mobile, "code", code)));
		assertThat(visitor.get(page(survey)).body()).contains("提交成功");
		assertThat(responses(survey)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT voter_key FROM interaction_survey_response WHERE survey_id = ?",
				String.class, survey))
			.as("the number is not stored, only its keyed hash")
			.startsWith("phone:")
			.doesNotContain(mobile);

		// The same phone again, from another browser with a new code: refused.
		clock.advance(Duration.ofMinutes(2));
		BrowserlessSession again = new BrowserlessSession(port);
		again.get(page(survey));
		again.post("/interaction/surveys/code", Map.of("survey", survey.toString(), "phone", mobile));
		String fresh = again.get(page(survey)).body();
		again.post("/interaction/surveys/answer", CaptchaAnswers.with(fresh, Map.of("survey", survey.toString(),
				"answers[" + question + "]", "2", "phone", mobile, "code", code(mobile))));
		assertThat(again.get(page(survey)).body()).contains("您已经参加过这项调查");
		assertThat(responses(survey)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(audit.search(new AuditQuery(null, null, null, "interaction.survey.answer-refused",
							Outcome.DENIED, survey.toString()), 0, 10))
						.hasSizeGreaterThanOrEqualTo(2));

		// A second code within the minute is not sent, and the visitor is told.
		again.post("/interaction/surveys/code", Map.of("survey", survey.toString(), "phone", mobile));
		assertThat(again.get(page(survey)).body()).contains("获取验证码过于频繁");
	}

	@Test
	void free_text_is_hidden_until_approved_and_the_original_is_kept() {
		UUID survey = openSurvey("SURVEY", "文字意见审核", "TEXT", "您的建议", "");
		UUID question = firstQuestion(survey);
		String citizen = citizen();
		BrowserlessSession writer = new BrowserlessSession(port);
		writer.login(citizen, PASSWORD);
		writer.get(page(survey));
		writer.post("/interaction/surveys/answer", Map.of("survey", survey.toString(), "answers[" + question + "]",
				"<script>alert(1)</script>我的电话 13912345678，建议增加站点"));

		String desk = editor.get("/workbench/surveys/" + survey).body();
		assertThat(desk).contains("待审核")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert");

		editor.post("/workbench/surveys/" + survey + "/close", Map.of());
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("已结束，不再接受回答");
		editor.post("/workbench/surveys/" + survey + "/results", Map.of("adoption", ""));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("结果已公布。").contains("结果已于");
		String before = new BrowserlessSession(port).get(page(survey)).body();
		assertThat(before).contains("暂无公开的文字意见").doesNotContain("建议增加站点");

		long answer = jdbc
			.queryForObject("SELECT a.id FROM interaction_survey_answer a JOIN interaction_survey_response r "
					+ "ON r.id = a.response_id WHERE r.survey_id = ?", Long.class, survey);
		editor.get("/workbench/surveys/" + survey);
		editor.post("/workbench/surveys/" + survey + "/moderate",
				Map.of("answer", Long.toString(answer), "decision", "approve", "text", "建议增加站点"));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("已通过");

		String after = new BrowserlessSession(port).get(page(survey)).body();
		assertThat(after).contains("建议增加站点").doesNotContain("13912345678").doesNotContain("alert(1)");
		assertThat(jdbc.queryForObject("SELECT text FROM interaction_survey_answer WHERE id = ?", String.class, answer))
			.as("the original is kept")
			.contains("13912345678");

		// Decided once: a second decision is refused.
		editor.post("/workbench/surveys/" + survey + "/moderate",
				Map.of("answer", Long.toString(answer), "decision", "hide", "text", ""));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("这条意见已由其他人审核");
	}

	@Test
	void a_consultation_closes_with_its_adoption_published_in_both_languages_and_charts_with_tables() {
		UUID survey = openSurvey("CONSULTATION", "管理办法征求意见", "SINGLE", "您是否赞成首一小时免费？", "赞成\n不赞成");
		UUID question = firstQuestion(survey);
		String citizen = citizen();
		BrowserlessSession writer = new BrowserlessSession(port);
		writer.login(citizen, PASSWORD);
		assertThat(writer.get(page(survey)).body()).contains("征求意见稿").contains("第一条　为规范");
		writer.post("/interaction/surveys/answer",
				Map.of("survey", survey.toString(), "answers[" + question + "]", "1"));

		editor.get("/workbench/surveys/" + survey);
		editor.post("/workbench/surveys/" + survey + "/results", Map.of("adoption", "采纳"));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).as("not before it closes")
			.contains("调查结束后才能公布结果");
		editor.post("/workbench/surveys/" + survey + "/close", Map.of());
		editor.get("/workbench/surveys/" + survey);
		assertThat(new BrowserlessSession(port).get(page(survey)).body()).contains("结果正在整理");
		editor.post("/workbench/surveys/" + survey + "/results", Map.of("adoption", "  "));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("意见征集公布结果时必须写明采纳情况");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.search(new AuditQuery(null, null, editorName,
					"interaction.survey.results-published", Outcome.DENIED, survey.toString()), 0, 10))
				.hasSize(2));

		editor.post("/workbench/surveys/" + survey + "/results", Map.of("adoption", "关于免费时长：采纳多数意见，保留首一小时免费。"));
		String zh = new BrowserlessSession(port).get(page(survey)).body();
		assertThat(zh).contains("采纳情况")
			.contains("保留首一小时免费")
			.contains("<caption>“您是否赞成首一小时免费？”的回答</caption>")
			.contains("<svg class=\"survey-chart\" aria-hidden=\"true\"")
			.containsPattern("<th scope=\"row\"[^>]*>不赞成</th>\\s*<td>1</td>\\s*<td>100%</td>")
			.contains("共 1 人参与");
		String en = new BrowserlessSession(port).get("/en/interaction/surveys/" + survey).body();
		assertThat(en).contains("What was adopted").contains("保留首一小时免费").contains("1 people took part");
		assertThat(new BrowserlessSession(port).get("/en/interaction/surveys").body()).contains("管理办法征求意见")
			.contains("Results published");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.search(new AuditQuery(null, null, editorName,
					"interaction.survey.results-published", Outcome.SUCCESS, survey.toString()), 0, 10))
				.hasSize(1));
	}

	@Test
	void a_survey_is_changed_only_before_it_opens_and_answers_only_between_its_dates() {
		Instant now = Instant.now();
		clock.set(now);
		UUID survey = createSurvey("SURVEY", "日期测试", now.plus(Duration.ofMinutes(10)),
				now.plus(Duration.ofMinutes(25)));
		addQuestion(survey, "SINGLE", "您赞成吗？", "赞成\n反对");
		editor.post("/workbench/surveys/" + survey + "/open", Map.of());
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("已发布").contains("未开始");
		UUID question = firstQuestion(survey);
		String citizen = citizen();
		BrowserlessSession writer = new BrowserlessSession(port);
		writer.login(citizen, PASSWORD);
		assertThat(writer.get(page(survey)).body()).contains("未开始").doesNotContain("name=\"answers[");
		writer.get("/login/sms"); // a page with a form, for its CSRF token (the survey's
									// page has none yet)
		writer.post("/interaction/surveys/answer",
				Map.of("survey", survey.toString(), "answers[" + question + "]", "0"));
		assertThat(writer.get(page(survey)).body()).contains("这项调查现在不接受回答");

		// Still editable before it opens.
		editor.get("/workbench/surveys/" + survey + "/edit");
		editor.post("/workbench/surveys/" + survey, form("SURVEY", "日期测试（改）", now.plus(Duration.ofMinutes(10)),
				now.plus(Duration.ofMinutes(25)), version(survey)));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("日期测试（改）");

		clock.advance(Duration.ofMinutes(11));
		editor.get("/workbench/surveys/" + survey + "/edit");
		editor.post("/workbench/surveys/" + survey, form("SURVEY", "开始后再改", now.plus(Duration.ofMinutes(10)),
				now.plus(Duration.ofMinutes(40)), version(survey)));
		HttpResponse<String> opened = editor.get("/workbench/surveys/" + survey);
		assertThat(opened.statusCode()).as(opened.headers().map().toString()).isEqualTo(200);
		assertThat(opened.body()).contains("日期测试（改）").doesNotContain("开始后再改");
		editor.post("/workbench/surveys/" + survey + "/questions/remove", Map.of("question", question.toString()));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("调查已开始或已结束，不能再修改");
		assertThat(firstQuestion(survey)).isEqualTo(question);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.search(new AuditQuery(null, null, editorName,
					"interaction.survey.updated", Outcome.DENIED, survey.toString()), 0, 10))
				.hasSize(1));

		writer.get(page(survey));
		writer.post("/interaction/surveys/answer",
				Map.of("survey", survey.toString(), "answers[" + question + "]", "0"));
		assertThat(writer.get(page(survey)).body()).contains("提交成功");

		clock.advance(Duration.ofMinutes(15));
		assertThat(new BrowserlessSession(port).get(page(survey)).body()).contains("已结束").contains("结果正在整理");
	}

	@Test
	void other_roles_and_citizens_cannot_run_surveys_and_drafts_are_not_public() {
		UUID survey = createSurvey("SURVEY", "草稿不公开", Instant.now().minusSeconds(60),
				Instant.now().plus(Duration.ofDays(3)));
		addQuestion(survey, "SINGLE", "您赞成吗？", "赞成\n反对");
		assertThat(new BrowserlessSession(port).get(page(survey)).statusCode()).as("a draft").isEqualTo(404);

		UUID unit = TestStaff.unit(units, "互动测试办", "Interaction test office");
		String handler = TestStaff.withRole(platformAccounts, unit, "hd", "承办乙", InteractionRoles.LETTER_HANDLER);
		BrowserlessSession other = new BrowserlessSession(port);
		other.login(handler, PASSWORD);
		assertThat(other.get("/workbench/surveys").statusCode()).isEqualTo(403);
		other.get("/workbench");
		assertThat(other.post("/workbench/surveys/" + survey + "/open", Map.of()).statusCode()).isEqualTo(403);

		BrowserlessSession citizen = new BrowserlessSession(port);
		citizen.login(citizen(), PASSWORD);
		assertThat(citizen.get("/workbench/surveys/" + survey).statusCode()).isIn(302, 403);
		assertThat(new BrowserlessSession(port).get(page(survey)).statusCode()).as("still a draft").isEqualTo(404);
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("草稿");
	}

	// --- helpers ---

	private UUID openSurvey(String kind, String title, String questionKind, String question, String choices) {
		UUID survey = createSurvey(kind, title, clock.instant().minus(Duration.ofHours(1)),
				clock.instant().plus(Duration.ofDays(10)));
		addQuestion(survey, questionKind, question, choices);
		editor.post("/workbench/surveys/" + survey + "/open", Map.of());
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("已发布").contains("进行中");
		return survey;
	}

	private UUID createSurvey(String kind, String title, Instant opens, Instant closes) {
		editor.get("/workbench/surveys/new?kind=" + kind);
		HttpResponse<String> created = editor.post("/workbench/surveys", form(kind, title, opens, closes, 0));
		String location = created.headers()
			.firstValue("Location")
			.orElseThrow(() -> new AssertionError(created.body()));
		String path = URI.create(location).getPath();
		assertThat(editor.get(path).body()).contains(title);
		return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
	}

	private void addQuestion(UUID survey, String kind, String text, String choices) {
		editor.post("/workbench/surveys/" + survey + "/questions", Map.of("kind", kind, "text", text, "required",
				"true", "choices", choices, "scaleMin", "1", "scaleMax", "5"));
		assertThat(editor.get("/workbench/surveys/" + survey).body()).contains("已添加问题");
	}

	private Map<String, String> form(String kind, String title, Instant opens, Instant closes, long version) {
		Map<String, String> form = new HashMap<>();
		form.put("kind", kind);
		form.put("title", title);
		form.put("description", "测试说明");
		form.put("draftText", kind.equals("CONSULTATION") ? "第一条　为规范公共自行车管理，制定本办法。" : "");
		form.put("opensAt", LOCAL.format(LocalDateTime.ofInstant(opens, clock.getZone())));
		form.put("closesAt", LOCAL.format(LocalDateTime.ofInstant(closes, clock.getZone())));
		form.put("version", Long.toString(version));
		return form;
	}

	private long version(UUID survey) {
		return jdbc.queryForObject("SELECT version FROM interaction_survey WHERE id = ?", Long.class, survey);
	}

	private UUID firstQuestion(UUID survey) {
		return jdbc.queryForObject(
				"SELECT id FROM interaction_survey_question WHERE survey_id = ? ORDER BY position LIMIT 1", UUID.class,
				survey);
	}

	private long responses(UUID survey) {
		return jdbc.queryForObject("SELECT count(*) FROM interaction_survey_response WHERE survey_id = ?", Long.class,
				survey);
	}

	private static String page(UUID survey) {
		return "/interaction/surveys/" + survey;
	}

	private String code(String mobile) {
		Matcher matcher = CODE.matcher(sms.lastTo(mobile).orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private String citizen() {
		String username = "sv" + UUID.randomUUID().toString().substring(0, 8);
		String first17 = "6101131990" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		String mobile = "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		publicAccounts.registerCitizen(new CitizenRegistration(username, "孙参与",
				ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)), mobile, null, PASSWORD));
		return username;
	}

	private static void together(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
