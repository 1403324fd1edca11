package org.zhengtong.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.identity.CitizenRegistration;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterTopic;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.Captchas;
import org.zhengtong.interaction.internal.LetterSubmissions;
import org.zhengtong.interaction.internal.SubmissionGuard;
import org.zhengtong.interaction.internal.Letters;
import org.zhengtong.interaction.internal.SubmitTokens;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;

/**
 * Writing and following a letter as the public does: the form of a door, the number and
 * 查询码 shown once, a form sent twice, bad input refused with words the writer can act on,
 * following and withdrawing by 查询码 or in 我的来信, and the core's counter giving 100 writers
 * at once 100 numbers without a gap.
 */
@IntegrationTest
class LetterWritingIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"submitToken\" value=\"([A-Za-z0-9_-]{43})\"");

	/** The first bytes of a PNG picture. */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0 };

	@Autowired
	Captchas captchas;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Letters letters;

	@Autowired
	LetterSubmissions submissions;

	@Autowired
	Casework casework;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	PublicAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.zhengtong.organization.UnitManagement units;

	@Test
	void an_anonymous_letter_with_a_photo_gets_its_number_and_a_query_code_shown_once_and_waits_for_the_office() {
		String form = page(mvc.get().uri("/interaction/letters/new?door=CONSULTATION").exchange());
		assertThat(form).contains("咨询", "标题", "来信内容", "问题类别", "附件（选填）", "同意答复后在网站公开");
		String title = "关于幼儿园招生的咨询 " + UUID.randomUUID().toString().substring(0, 6);

		MvcTestResult sent = mvc
			.perform(letter("/interaction/letters", token(form), "CONSULTATION", title, "孩子明年上幼儿园，怎样报名？")
				.file(new MockMultipartFile("attachments", "户口本.png", "image/png", PNG)));
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/interaction/letters/submitted");
		LetterWritingController.Answer answer = (LetterWritingController.Answer) sent.getMvcResult()
			.getFlashMap()
			.get("submitted");
		assertThat(answer.number()).matches("20\\d\\d-\\d{6}");
		assertThat(answer.queryCode()).matches("[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");

		String shown = page(
				mvc.get().uri("/interaction/letters/submitted").cookie(sent.getResponse().getCookies()).exchange());
		assertThat(shown).contains(answer.number(), answer.queryCode(), "只显示这一次");
		assertThat(mvc.get().uri("/interaction/letters/submitted").exchange().getResponse().getRedirectedUrl())
			.as("the code is not shown a second time")
			.isEqualTo("/interaction/letters/follow");

		Letter letter = letters.findByNumber(answer.number()).orElseThrow();
		assertThat(letter.title()).isEqualTo(title);
		assertThat(letter.state()).isEqualTo(RequestState.SUBMITTED);
		assertThat(letter.writerName()).isEqualTo("王小红");
		assertThat(letter.queryCodeHash()).isNotBlank().doesNotContain(answer.queryCode());
		assertThat(casework.openTasks(letter.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo("any:interaction.accept"));
		assertThat(
				count("SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.submit' AND object_id = ?",
						letter.id().toString()))
			.isEqualTo(1);

		String followed = follow("/interaction/letters/follow", answer.number(), answer.queryCode().toLowerCase());
		assertThat(followed).contains(title, "待受理", "户口本.png", "撤回来信").doesNotContain("/files/");

		long refusals = count(
				"SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.lookup' AND outcome = 'DENIED'");
		assertThat(follow("/interaction/letters/follow", answer.number(), "AAAA-AAAA")).contains("编号或查询码不对")
			.doesNotContain(title);
		assertThat(count(
				"SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.lookup' AND outcome = 'DENIED'"))
			.isEqualTo(refusals + 1);

		assertThat(follow("/interaction/letters/withdraw", answer.number(), answer.queryCode())).contains("来信已撤回",
				"已撤回");
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.WITHDRAWN);
		assertThat(casework.openTasks(letter.caseId())).as("nothing waits for the office any more").isEmpty();
		assertThat(follow("/interaction/letters/withdraw", answer.number(), answer.queryCode()))
			.contains("这封来信现在是“已撤回”，不能这样办理");
	}

	@Test
	void a_form_sent_twice_makes_one_letter_and_shows_the_same_number_and_code_again() {
		String token = token(page(mvc.get().uri("/en/interaction/letters/new?door=SUGGESTION").exchange()));
		String title = "Bus stop shelter " + UUID.randomUUID().toString().substring(0, 6);
		MvcTestResult first = mvc
			.perform(letter("/en/interaction/letters", token, "SUGGESTION", title, "Please add one."));
		MvcTestResult second = mvc
			.perform(letter("/en/interaction/letters", token, "SUGGESTION", title, "Please add one."));
		LetterWritingController.Answer one = (LetterWritingController.Answer) first.getMvcResult()
			.getFlashMap()
			.get("submitted");
		LetterWritingController.Answer two = (LetterWritingController.Answer) second.getMvcResult()
			.getFlashMap()
			.get("submitted");
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/en/interaction/letters/submitted");
		assertThat(two.number()).isEqualTo(one.number());
		assertThat(two.queryCode()).isEqualTo(one.queryCode());
		assertThat(count("SELECT count(*) FROM interaction_request WHERE title = ?", title)).isEqualTo(1);
		assertThat(page(mvc.get()
			.uri("/en/interaction/letters/submitted")
			.cookie(second.getResponse().getCookies())
			.exchange())).contains("Your letter&#39;s number is " + one.number() + ".", "Write down your query code",
					one.queryCode());
	}

	@Test
	void two_sendings_of_one_form_at_the_same_moment_make_one_letter() throws Exception {
		String token = SubmitTokens.generate();
		String title = "同时提交 " + UUID.randomUUID().toString().substring(0, 6);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<LetterSubmissions.Submitted>> both = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				both.add(pool.submit(() -> submissions.submit(command(token, title))));
			}
			assertThat(both.get(0).get().number()).isEqualTo(both.get(1).get().number());
			assertThat(both.get(0).get().queryCode()).isEqualTo(both.get(1).get().queryCode());
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("SELECT count(*) FROM interaction_request WHERE title = ?", title)).isEqualTo(1);
	}

	@Test
	void a_hundred_writers_at_once_get_a_hundred_consecutive_numbers() throws Exception {
		String title = "百人同时写信 " + UUID.randomUUID().toString().substring(0, 6);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<LetterSubmissions.Submitted>> sent = new ArrayList<>();
		try {
			for (int i = 0; i < 100; i++) {
				sent.add(pool.submit(() -> submissions.submit(command(SubmitTokens.generate(), title))));
			}
			List<Long> sequence = new ArrayList<>();
			for (Future<LetterSubmissions.Submitted> one : sent) {
				String number = one.get().number();
				sequence.add(Long.parseLong(number.substring(number.indexOf('-') + 1)));
			}
			assertThat(sequence).doesNotHaveDuplicates().hasSize(100);
			long first = sequence.stream().mapToLong(Long::longValue).min().orElseThrow();
			assertThat(sequence).containsExactlyInAnyOrderElementsOf(
					java.util.stream.LongStream.range(first, first + 100).boxed().toList());
		}
		finally {
			pool.shutdown();
		}
		assertThat(count("SELECT count(*) FROM interaction_request WHERE title = ?", title)).isEqualTo(100);
	}

	/**
	 * The number is taken last in the letter's transaction (the counter's row is locked
	 * from then until commit): a submission rolled back after taking it gives it back,
	 * and the letter, its case's title, the 受理 task's notice and its clock all carry the
	 * number, with no provisional name left anywhere.
	 */
	@Test
	void a_submission_rolled_back_gives_its_number_back_and_the_office_sees_the_number_everywhere() {
		String title = "回滚后编号不空缺 " + UUID.randomUUID().toString().substring(0, 6);
		String rolledBack = new TransactionTemplate(transactionManager).execute((status) -> {
			String number = submissions.submit(command(SubmitTokens.generate(), title)).number();
			status.setRollbackOnly();
			return number;
		});
		assertThat(letters.findByNumber(rolledBack)).as("nothing of the rolled-back letter stays").isEmpty();

		LetterSubmissions.Submitted sent = submissions.submit(command(SubmitTokens.generate(), title));
		assertThat(sent.number()).as("the next letter gets the number given back").isEqualTo(rolledBack);
		Letter letter = letters.findByNumber(sent.number()).orElseThrow();
		long caseId = letter.caseId();
		assertThat(casework.find(caseId).orElseThrow().title()).isEqualTo("咨询 " + sent.number() + "：" + title);
		assertThat(jdbc
			.sql("SELECT k.subject FROM casework_task t JOIN casework_clock k ON k.id = t.clock_id"
					+ " WHERE t.case_id = ? AND t.status = 'OPEN'")
			.param(caseId)
			.query(String.class)
			.list()).containsExactly(sent.number() + " 受理");
		String taskOpened = "SELECT count(*) FROM event_publication WHERE event_type LIKE '%TaskOpened'"
				+ " AND serialized_event LIKE ?";
		assertThat(count(taskOpened, "%" + sent.number() + "：" + title + "%")).as("the 受理员's notice names the number")
			.isPositive()
			.isEqualTo(count(taskOpened, "%" + title + "%"));
		assertThat(count("SELECT count(*) FROM interaction_request WHERE number LIKE '~%'")).isZero();
	}

	/**
	 * The counter's row is locked from the take until commit, so the letter takes its
	 * number last: while another transaction holds the row, a submission waiting for it
	 * has already stored its letter and its case.
	 */
	@Test
	void a_letter_waits_for_the_number_only_after_its_letter_and_case_are_stored() throws Exception {
		String title = "最后取号 " + UUID.randomUUID().toString().substring(0, 6);
		String first = submissions.submit(command(SubmitTokens.generate(), title)).number();
		int year = Integer.parseInt(first.substring(0, first.indexOf('-')));
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<LetterSubmissions.Submitted> waiting = new TransactionTemplate(transactionManager)
				.execute((status) -> {
					jdbc.sql("SELECT next_value FROM casework_counter_year WHERE scope = 'interaction.request'"
							+ " AND year = ? FOR UPDATE")
						.param(year)
						.query(Long.class)
						.single();
					Future<LetterSubmissions.Submitted> sent = pool
						.submit(() -> submissions.submit(command(SubmitTokens.generate(), title)));
					List<String> written = await().atMost(Duration.ofSeconds(30))
						.pollInterval(Duration.ofMillis(100))
						.pollInSameThread()
						.until(() -> {
							// pg_stat_activity is read once per transaction unless told
							// to read again
							jdbc.sql("SELECT pg_stat_clear_snapshot()").query().listOfRows();
							return jdbc.sql("""
									SELECT c.relname FROM pg_stat_activity a
									JOIN pg_locks l ON l.pid = a.pid AND l.mode = 'RowExclusiveLock'
									JOIN pg_class c ON c.oid = l.relation AND c.relkind = 'r'
									WHERE cardinality(pg_blocking_pids(a.pid)) > 0
									AND a.query LIKE '%casework_counter_year%'""").query(String.class).list();
						}, (tables) -> !tables.isEmpty());
					assertThat(written).as("tables the waiting submission has written to")
						.contains("interaction_request", "casework_case");
					return sent;
				});
			assertThat(waiting.get(30, java.util.concurrent.TimeUnit.SECONDS).number())
				.isEqualTo(year + "-" + String.format("%06d", Long.parseLong(first.substring(5)) + 1));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void bad_input_is_refused_in_words_the_writer_can_act_on_and_nothing_is_stored() throws Exception {
		String title = "坏输入 " + UUID.randomUUID().toString().substring(0, 6);
		long refusals = count(
				"SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.submit' AND outcome = 'DENIED'");
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		assertThat(refusedPage(letter("/interaction/letters", SubmitTokens.generate(), "COMPLAINT", title, "见附件")
			.file(new MockMultipartFile("attachments", "照片.jpg", "image/jpeg", program))))
			.contains("照片.jpg", "此处不接受这种文件");

		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PNG, 0, large, 0, PNG.length);
		assertThat(refusedPage(letter("/interaction/letters", SubmitTokens.generate(), "COMPLAINT", title, "见附件")
			.file(new MockMultipartFile("attachments", "大图.png", "image/png", large)))).contains("大图.png", "超过 10 MB");

		assertThat(refusedPage(letter("/interaction/letters", SubmitTokens.generate(), "COMPLAINT", title, "身份证号写错了")
			.param("idNumber", "610113198801011235"))).contains("校验位");
		assertThat(refusedPage(
				letter("/interaction/letters", SubmitTokens.generate(), "COMPLAINT", "长".repeat(101), "标题太长")))
			.contains("标题最多 100 字");
		assertThat(refusedPage(letter("/interaction/letters", SubmitTokens.generate(), "MAILBOX", title, "写给领导")))
			.contains("请选择写信给哪位领导");
		assertThat(refusedPage(letter("/interaction/letters", SubmitTokens.generate(), "COMPLAINT", title, "电话不对")
			.param("phone", "12345"))).contains("请填写 11 位手机号码");
		assertThat(count("SELECT count(*) FROM interaction_request WHERE title = ?", title)).isZero();
		assertThat(count(
				"SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.submit' AND outcome = 'DENIED'"))
			.as("the program, the oversized picture and the wrong ID number, each on the record")
			.isGreaterThanOrEqualTo(refusals + 3);

		String script = "<script>alert('x')</script>";
		MvcTestResult sent = mvc
			.perform(letter("/interaction/letters", SubmitTokens.generate(), "MESSAGE", title + script, "正文" + script)
				.param("idNumber", id()));
		LetterWritingController.Answer answer = (LetterWritingController.Answer) sent.getMvcResult()
			.getFlashMap()
			.get("submitted");
		String followed = follow("/interaction/letters/follow", answer.number(), answer.queryCode());
		assertThat(followed).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(script);
		Letter letter = letters.findByNumber(answer.number()).orElseThrow();
		assertThat(letter.writerIdSealed()).as("the ID number is kept sealed").isNotBlank().doesNotContain("6101");
	}

	@Test
	void a_signed_in_writer_follows_their_own_letters_and_nobody_else_sees_them() {
		String writer = citizen();
		String other = citizen();
		String title = "路灯不亮 " + UUID.randomUUID().toString().substring(0, 6);
		MvcTestResult sent = mvc
			.perform(letter("/interaction/letters", SubmitTokens.generate(), "MESSAGE", title, "小区路灯坏了一个月。")
				.file(new MockMultipartFile("attachments", "路灯.png", "image/png", PNG))
				.with(user(users.loadUserByUsername(writer))));
		LetterWritingController.Answer answer = (LetterWritingController.Answer) sent.getMvcResult()
			.getFlashMap()
			.get("submitted");
		assertThat(answer.queryCode()).as("an account follows it without a code").isNull();
		Letter letter = letters.findByNumber(answer.number()).orElseThrow();
		assertThat(letter.writerAccountId()).isNotNull();

		assertThat(page(mvc.get().uri("/my/letters").with(user(users.loadUserByUsername(writer))).exchange()))
			.contains(title, answer.number(), "待受理");
		assertThat(page(mvc.get().uri("/my/letters").with(user(users.loadUserByUsername(other))).exchange()))
			.doesNotContain(title);
		String mine = page(
				mvc.get().uri("/my/letters/" + letter.id()).with(user(users.loadUserByUsername(writer))).exchange());
		assertThat(mine).contains(title, "路灯.png", "/files/");
		assertThat(mvc.get().uri("/my/letters/" + letter.id()).with(user(users.loadUserByUsername(other))).exchange())
			.hasStatus(404);
		assertThat(mvc.post()
			.uri("/my/letters/" + letter.id() + "/withdraw")
			.with(user(users.loadUserByUsername(other)))
			.with(csrf())
			.exchange()).hasStatus(404);

		String link = jdbc
			.sql("SELECT id::text FROM files_link WHERE owner_type = 'interaction.request' AND owner_id = ?")
			.param(letter.id().toString())
			.query(String.class)
			.single();
		assertThat(mvc.get().uri("/files/" + link).with(user(users.loadUserByUsername(writer))).exchange())
			.hasStatus(200);
		assertThat(mvc.get().uri("/files/" + link).with(user(users.loadUserByUsername(other))).exchange())
			.hasStatus(404);
		assertThat(mvc.get().uri("/files/" + link).exchange()).hasStatus(404);

		assertThat(mvc.post()
			.uri("/my/letters/" + letter.id() + "/withdraw")
			.with(user(users.loadUserByUsername(writer)))
			.with(csrf())
			.exchange()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/my/letters/" + letter.id());
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.WITHDRAWN);
	}

	@Test
	void an_answered_letter_shows_its_answer_under_the_unit_that_gave_it_and_can_no_longer_be_withdrawn() {
		String title = "已答复的来信 " + UUID.randomUUID().toString().substring(0, 6);
		MvcTestResult sent = mvc
			.perform(letter("/interaction/letters", SubmitTokens.generate(), "CONSULTATION", title, "什么时候开学？"));
		LetterWritingController.Answer answer = (LetterWritingController.Answer) sent.getMvcResult()
			.getFlashMap()
			.get("submitted");
		UUID school = org.zhengtong.testing.TestStaff.unit(units, "教育局", "Education Bureau");
		// As the unit's reply would leave it (the office's and the unit's steps are other
		// parts').
		jdbc.sql("""
				UPDATE interaction_request SET state = 'REPLIED', reply_text = '九月一日开学。<b>欢迎</b>',
				       reply_unit_id = ?, replied_at = now() WHERE number = ?""")
			.params(school, answer.number())
			.update();
		String followed = follow("/interaction/letters/follow", answer.number(), answer.queryCode());
		assertThat(followed).contains("已答复", "答复", "九月一日开学。&lt;b&gt;欢迎&lt;/b&gt;", "秦川市教育局").doesNotContain("撤回来信");
		assertThat(follow("/interaction/letters/withdraw", answer.number(), answer.queryCode()))
			.contains("这封来信现在是“已答复”，不能这样办理");
		assertThat(letters.findByNumber(answer.number()).orElseThrow().state()).isEqualTo(RequestState.REPLIED);
		assertThat(count(
				"SELECT count(*) FROM audit_entry WHERE action = 'interaction.letter.withdraw' AND outcome = 'DENIED' AND object_id = ?",
				letters.findByNumber(answer.number()).orElseThrow().id().toString()))
			.isEqualTo(1);
	}

	private MockMultipartHttpServletRequestBuilder letter(String path, String token, String door, String title,
			String body) {
		// An anonymous writer answers the captcha (its text question: first + second).
		Captchas.Challenge captcha = captchas.issue();
		return (MockMultipartHttpServletRequestBuilder) org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart(path)
			.param("door", door)
			.param("submitToken", token)
			.param("title", title)
			.param("body", body)
			.param("topic", LetterTopic.EDUCATION.name())
			.param("name", "王小红")
			.param("phone", "13900000123")
			.param("consent", "true")
			.param("captchaToken", captcha.token())
			.param("captchaAnswer", String.valueOf(captcha.first() + captcha.second()))
			.with(csrf());
	}

	private String refusedPage(MockMultipartHttpServletRequestBuilder request) {
		MvcTestResult result = mvc.perform(request);
		assertThat(result).hasStatus(200);
		return page(result);
	}

	private String follow(String path, String number, String code) {
		return page(mvc.post().uri(path).param("number", number).param("code", code).with(csrf()).exchange());
	}

	private static String page(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getRedirectedUrl()).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static String token(String form) {
		Matcher matcher = TOKEN.matcher(form);
		assertThat(matcher.find()).as("the form carries a one-time token").isTrue();
		return matcher.group(1);
	}

	private long count(String sql, Object... parameters) {
		var statement = jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		return statement.query(Long.class).single();
	}

	private LetterSubmissions.SubmitLetter command(String token, String title) {
		Captchas.Challenge captcha = captchas.issue();
		return new LetterSubmissions.SubmitLetter(Door.CONSULTATION, title, "同一时间写信。", LetterTopic.OTHER, null, null,
				null, "李娜", null, null, null, false, List.of(), token, null, "127.0.0.1",
				new SubmissionGuard.CaptchaAnswer(captcha.token(), String.valueOf(captcha.first() + captcha.second())));
	}

	private String citizen() {
		String username = "writer" + UUID.randomUUID().toString().substring(0, 8);
		accounts.registerCitizen(new CitizenRegistration(username, "钱小花", ResidentIdNumber.of(id()),
				"136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)), null,
				"Qinchuan@2026"));
		return username;
	}

	private static String id() {
		String first17 = "6101131988" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

}
