package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingLevel;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.interaction.RatingView;
import org.zhengtong.interaction.RectificationView;
import org.zhengtong.interaction.RequestRated;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.ScheduledJobs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * 好差评 of letters (国办发〔2019〕51号): the writer rates the reply once, by number and 查询码 or by
 * their account; a 差评 opens a rectification for the unit's leaders due in 15 working
 * days, closed by a recorded 回访 and counted on the public 评议 page; a letter is re-opened
 * once; answered letters are 办结 when the periods are over.
 */
@IntegrationTest
@RecordApplicationEvents
class LetterRatingIntegrationTests {

	@Autowired
	ApplicationEvents published;

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	RatingManagement ratings;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ScheduledJobs jobs;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext applicationContext;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void a_poor_rating_by_query_code_is_rectified_within_15_working_days_and_followed_up_on_the_record_guo_ban_fa_2019_51() {
		// Rated on Friday 2026-09-18: 15 working days, with 09-20 and 10-10 worked (调休)
		// and
		// 中秋 and 国庆 off, end on 2026-10-15.
		clock.set(LocalDateTime.of(2026, 9, 18, 10, 0));
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		UUID roads = TestStaff.unit(units, "交通局", "Transport Bureau");
		String code = codes.generate();
		Letter letter = answered(school, null, code);

		String refused = postRating(letter.number(), "ZZZZ-ZZZZ", "DISSATISFIED");
		assertThat(refused).contains("编号或查询码不正确");
		assertThat(deniedEntries("interaction.letter.code-refused")).isPositive();
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.REPLIED);

		MvcTestResult rated = mvc.post()
			.uri("/interaction/letters/rating")
			.param("number", letter.number())
			.param("queryCode", code.toLowerCase())
			.param("level", "DISSATISFIED")
			.param("comment", "积水还在，答复没有解决问题。")
			.with(csrf())
			.exchange();
		assertThat(rated.getResponse().getRedirectedUrl()).isEqualTo("/interaction/letters/rating/done");
		assertThat(letters.findById(letter.id()).orElseThrow().state()).isEqualTo(RequestState.RATED);
		assertThat(casework.find(letter.caseId()).orElseThrow().state()).isEqualTo("RATED");
		assertThat(published.stream(RequestRated.class).filter((event) -> event.requestId().equals(letter.id())))
			.singleElement()
			.satisfies((event) -> assertThat(event.level()).isEqualTo(2));
		RatingView rating = ratings.rating(new RatedSubject("interaction.request", letter.id().toString()))
			.orElseThrow();
		assertThat(rating.level()).isEqualTo(RatingLevel.DISSATISFIED);
		assertThat(rating.rectification()).isNotNull();

		// Once per reply: a second rating changes nothing and says why.
		assertThat(postRating(letter.number(), code, "VERY_SATISFIED")).contains("这份答复已经评价过");
		assertThat(ratings.rating(rating.subject()).orElseThrow().level()).isEqualTo(RatingLevel.DISSATISFIED);

		RectificationView rectification = ratings.rectification(rating.rectification()).orElseThrow();
		assertThat(rectification.open()).isTrue();
		assertThat(deadlines.view(rectification.clockId()).dueDay()).isEqualTo(LocalDate.of(2026, 10, 15));
		TaskView task = casework.openTasks(rectification.caseId()).get(0);
		assertThat(task.assignee().key()).isEqualTo("unit:" + school + ":interaction.approve");

		String leader = TestStaff.withRole(accounts, school, "lead", "审核人", InteractionRoles.INTERACTION_LEADER);
		String otherLeader = TestStaff.withRole(accounts, roads, "lead", "审核人", InteractionRoles.INTERACTION_LEADER);
		String handler = TestStaff.withRole(accounts, school, "handle", "承办人", InteractionRoles.LETTER_HANDLER);
		assertThat(get("/workbench/rectifications", leader, 200)).contains(letter.number(), "不满意", "2026-10-15");
		assertThat(get("/workbench/rectifications", otherLeader, 200)).doesNotContain(letter.number());
		get("/workbench/rectifications/" + rectification.id(), otherLeader, 404);
		get("/workbench/rectifications", handler, 403);
		assertThat(get("/workbench/rectifications/" + rectification.id(), leader, 200)).contains("积水还在，答复没有解决问题。",
				"记录整改和回访");

		// Missing follow-up: refused with the reason, still open.
		MvcTestResult incomplete = followUp(rectification.id(), leader, "", "2026-09-25");
		assertThat(body(incomplete)).contains("请填写回访结果。");
		assertThat(ratings.rectification(rectification.id()).orElseThrow().open()).isTrue();
		// Another unit's leader: as if it did not exist, nothing changed.
		assertThat(followUp(rectification.id(), otherLeader, "满意", "2026-09-25").getResponse().getStatus())
			.isEqualTo(404);

		clock.set(LocalDateTime.of(2026, 9, 25, 16, 0));
		MvcTestResult done = followUp(rectification.id(), leader, "电话回访，群众对处理结果表示满意。", "2026-09-25");
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/workbench/rectifications/" + rectification.id());
		RectificationView closed = ratings.rectification(rectification.id()).orElseThrow();
		assertThat(closed.open()).isFalse();
		assertThat(closed.result()).isEqualTo("电话回访，群众对处理结果表示满意。");
		assertThat(casework.find(rectification.caseId()).orElseThrow().closed()).isTrue();
		assertThat(casework.history(rectification.caseId()))
			.anySatisfy((entry) -> assertThat(entry.opinion()).contains("电话回访（2026-09-25）"));
		assertThat(get("/workbench/rectifications/" + rectification.id(), leader, 200)).contains("已回访", "属实", "管道已疏通");

		// The public 评议 page counts it: one 不满意, satisfaction 0 %, one 差评 rectified.
		String unitName = units.find(school, LocalDate.of(2026, 9, 25)).orElseThrow().names().fullName();
		assertThat(row(get("/interaction/ratings", null, 200), unitName)).isEqualTo(unitName + " 1 0 0 0 1 0 0.0% 1 1");
		assertThat(get("/interaction/ratings?year=2026", null, 200)).contains("非常满意", "满意率", "国办发〔2019〕51号");
		String english = get("/en/interaction/ratings", null, 200);
		assertThat(english).contains("Service ratings", "Satisfaction");
	}

	@Test
	void the_writer_reopens_their_own_letter_once_and_the_unit_handles_it_again() {
		clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String writer = citizen();
		String stranger = citizen();
		Letter letter = answered(school, accountManagement.find(writer).orElseThrow().id(), null);

		MvcTestResult foreign = mvc.post()
			.uri("/my/letters/" + letter.id() + "/reopen")
			.param("reason", "不是我的信")
			.with(user(users.loadUserByUsername(stranger)))
			.with(csrf())
			.exchange();
		assertThat(foreign.getResponse().getStatus()).isEqualTo(404);

		MvcTestResult reopened = reopenOwn(letter, writer);
		assertThat(reopened.getResponse().getRedirectedUrl()).isEqualTo("/my/letters/" + letter.id());
		assertThat(reopened.getMvcResult().getFlashMap().get("ratingMessage")).isEqualTo("已申请重办，原承办单位将重新办理并答复。");
		Letter now = letters.findById(letter.id()).orElseThrow();
		assertThat(now.state()).isEqualTo(RequestState.REOPENED);
		assertThat(casework.find(letter.caseId()).orElseThrow().state()).isEqualTo("REOPENED");
		assertThat(casework.openTasks(letter.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key()).isEqualTo("unit:" + school + ":interaction.handle"));

		MvcTestResult again = reopenOwn(letter, writer);
		assertThat(again.getMvcResult().getFlashMap().get("ratingError")).isEqualTo("这封来信已经重办过一次，不能再次重办。");
		assertThat(deniedEntries("interaction.letter.reopened")).isPositive();
	}

	@Test
	void a_rating_after_the_period_is_refused_and_the_job_closes_answered_letters_once_the_periods_are_over() {
		clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String writer = citizen();
		Letter old = answered(school, accountManagement.find(writer).orElseThrow().id(), null);
		// 15 working days after Monday 2026-11-02 end on Monday 2026-11-23.
		clock.set(LocalDateTime.of(2026, 11, 23, 18, 0));
		Letter recent = answered(school, accountManagement.find(writer).orElseThrow().id(), null);
		jobs.run("interaction.letters-close");
		assertThat(letters.findById(old.id()).orElseThrow().state()).isEqualTo(RequestState.REPLIED);

		clock.set(LocalDateTime.of(2026, 11, 24, 9, 0));
		MvcTestResult late = mvc.post()
			.uri("/my/letters/" + old.id() + "/rating")
			.param("level", "SATISFIED")
			.with(user(users.loadUserByUsername(writer)))
			.with(csrf())
			.exchange();
		assertThat(late.getMvcResult().getFlashMap().get("ratingError")).isEqualTo("已超过评价或重办的期限。");
		assertThat(ratings.rating(new RatedSubject("interaction.request", old.id().toString()))).isEmpty();

		jobs.run("interaction.letters-close");
		Letter closed = letters.findById(old.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
		assertThat(casework.find(closed.caseId()).orElseThrow().closed()).isTrue();
		assertThat(letters.findById(recent.id()).orElseThrow().state()).isEqualTo(RequestState.REPLIED);

		MvcTestResult good = mvc.post()
			.uri("/my/letters/" + recent.id() + "/rating")
			.param("level", "VERY_SATISFIED")
			.with(user(users.loadUserByUsername(writer)))
			.with(csrf())
			.exchange();
		assertThat(good.getMvcResult().getFlashMap().get("ratingMessage")).isEqualTo("感谢您的评价。");
		RatingView rating = ratings.rating(new RatedSubject("interaction.request", recent.id().toString()))
			.orElseThrow();
		assertThat(rating.rectification()).as("a good rating opens no rectification").isNull();
	}

	@Test
	void the_fragment_offers_rating_and_reopening_while_they_are_possible_and_the_reply_invites_the_writer() {
		clock.set(LocalDateTime.of(2026, 11, 2, 9, 0));
		UUID school = TestStaff.unit(units, "教育局", "Education Bureau");
		String code = codes.generate();
		Letter anonymous = answered(school, null, code);
		String offered = fragment(anonymous);
		assertThat(offered).contains("评价答复", "非常满意", "基本满意", "非常不满意", "name=\"queryCode\"",
				"action=\"/interaction/letters/rating\"", "action=\"/interaction/letters/reopen\"",
				"value=\"" + anonymous.number() + "\"", "2026-11-23");

		ratings.invite(new org.zhengtong.interaction.InviteRating(LetterRatings.subject(anonymous), school,
				new org.zhengtong.interaction.RatedService("interaction.letter.COMPLAINT", "投诉", "Complaints"),
				anonymous.number(), null));
		ratings.rate(new org.zhengtong.interaction.GiveRating(LetterRatings.subject(anonymous),
				RatingLevel.BASICALLY_SATISFIED, null, AccountManagement.SYSTEM));
		String rated = fragment(anonymous);
		assertThat(rated).contains("您的评价：", "基本满意", "申请重办").doesNotContain("name=\"level\"");

		String writer = citizen();
		Letter own = answered(school, accountManagement.find(writer).orElseThrow().id(), null);
		assertThat(fragment(own)).contains("action=\"/my/letters/" + own.id() + "/rating\"")
			.doesNotContain("queryCode");

		// The reply being sent invites the writer (the listener runs after the commit).
		RatedSubject subject = LetterRatings.subject(own);
		assertThat(ratings.invited(subject)).isFalse();
		transactions.executeWithoutResult((status) -> events.publishEvent(
				new org.zhengtong.interaction.ReplySent(own.id(), own.number(), school, own.repliedAt(), true)));
		await().atMost(Duration.ofSeconds(20)).until(() -> ratings.invited(subject));
	}

	private String fragment(Letter letter) {
		Letter fresh = letters.findById(letter.id()).orElseThrow();
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my/letters/" + letter.id());
		var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		WebContext context = new WebContext(exchange, Locale.SIMPLIFIED_CHINESE);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		context.setVariable("letter", fresh);
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			return templates.process("interaction/letter-rating", Set.of("rate"), context);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private MvcTestResult reopenOwn(Letter letter, String writer) {
		return mvc.post()
			.uri("/my/letters/" + letter.id() + "/reopen")
			.param("reason", "学校门口仍然积水。")
			.with(user(users.loadUserByUsername(writer)))
			.with(csrf())
			.exchange();
	}

	private String postRating(String number, String code, String level) {
		MvcTestResult result = mvc.post()
			.uri("/interaction/letters/rating")
			.param("number", number)
			.param("queryCode", code)
			.param("level", level)
			.with(csrf())
			.exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return body(result);
	}

	private MvcTestResult followUp(UUID rectification, String leader, String result, String on) {
		return mvc.post()
			.uri("/workbench/rectifications/" + rectification)
			.param("complaintValid", "true")
			.param("finding", "学校门口排水管道堵塞，答复未说明处理时间。")
			.param("measures", "管道已疏通，已安排每月巡查。")
			.param("followUpOn", on)
			.param("way", "PHONE")
			.param("result", result)
			.with(user(users.loadUserByUsername(leader)))
			.with(csrf())
			.exchange();
	}

	private String get(String path, @Nullable String username, int status) {
		var request = mvc.get().uri(path);
		MvcTestResult result = username == null ? request.exchange()
				: request.with(user(users.loadUserByUsername(username))).exchange();
		assertThat(result.getResponse().getStatus()).as(path + " as " + username).isEqualTo(status);
		return body(result);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The table row naming {@code name}, its cells' text joined by spaces. */
	private static String row(String page, String name) {
		int at = page.indexOf(">" + name + "<");
		assertThat(at).as("a row for " + name).isPositive();
		String row = page.substring(at + 1, page.indexOf("</tr>", at));
		return row.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
	}

	private long deniedEntries(String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND outcome = 'DENIED'")
			.param(action)
			.query(Long.class)
			.single();
	}

	private String citizen() {
		String name = "citizen" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(name, "王小明", AccountKind.CITIZEN, null, "Qinchuan@2026", false);
		accounts.grant(name, IdentityRoles.CITIZEN);
		return name;
	}

	/**
	 * A letter answered now by {@code unit}, written by the account or, without one,
	 * anonymously with {@code code}.
	 */
	private Letter answered(UUID unit, @Nullable UUID account, @Nullable String code) {
		return transactions.execute((status) -> {
			UUID id = UUID.randomUUID();
			Letter letter = new Letter(id, "T" + id.toString().substring(0, 8), Door.COMPLAINT, "关于学校门口道路积水的问题",
					"学校门口道路一下雨就积水，请尽快处理。", new Letter.Writer(account, "王小红", "13900000123", null, null,
							code == null ? null : codes.hash(id, code)),
					true, clock.instant());
			letters.save(letter);
			cases.start(letter, AccountManagement.SYSTEM);
			letter.accept("zhoujie", clock.instant());
			cases.move(letter, RequestState.ACCEPTED, AccountManagement.SYSTEM, null, null, null);
			long replyClock = deadlines.start(new StartClock("interaction", letter.number() + " 答复",
					Measure.WORKING_DAYS, 15, clock.instant(), null));
			letter.assign(unit, replyClock);
			cases.move(letter, RequestState.ASSIGNED, AccountManagement.SYSTEM, null, null, null);
			letter.take("chenjing");
			cases.move(letter, RequestState.IN_PROGRESS, AccountManagement.SYSTEM, null, null, null);
			letter.draft("您好，已安排疏通排水管道。");
			letter.submitReply();
			cases.move(letter, RequestState.REPLY_REVIEW, AccountManagement.SYSTEM, null, null, null);
			letter.send("liuqiang", clock.instant());
			cases.move(letter, RequestState.REPLIED, AccountManagement.SYSTEM, null, null, null);
			return letters.save(letter);
		});
	}

}
