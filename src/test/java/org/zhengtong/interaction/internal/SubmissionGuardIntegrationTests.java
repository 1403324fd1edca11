package org.zhengtong.interaction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import java.util.Locale;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;

/**
 * The submission guard as the public forms use it: a flood from one address is refused
 * past the limit with the time to retry, recorded once, and loses none of the letters it
 * let through; the captcha serves once, by its picture or by its text question; sensitive
 * words and links hold a letter instead of dropping it.
 */
@IntegrationTest
class SubmissionGuardIntegrationTests {

	@Autowired
	SubmissionGuard guard;

	@Autowired
	Captchas captchas;

	@Autowired
	Moderation moderation;

	@Autowired
	Letters letters;

	@Autowired
	LetterCases cases;

	@Autowired
	QueryCodes codes;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	/** A documentation address (RFC 3849) in a /64 of its own, for each use. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
				+ Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(1 + random.nextInt(0xfff0));
	}

	@Test
	void a_thousand_letters_from_one_address_in_a_minute_let_five_through_and_refuse_the_rest_until_the_hour_ends()
			throws Exception {
		// 10:00:20 Beijing time; the hour's window ends at 11:00.
		Instant start = Instant.parse("2026-12-03T02:00:20Z");
		clock.set(start);
		String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
		jdbc.sql("DELETE FROM interaction_rate_counter WHERE subject = ?").param("address:" + address).update();
		List<Instant> refusals = Collections.synchronizedList(new ArrayList<>());
		List<Letter> stored = Collections.synchronizedList(new ArrayList<>());
		ExecutorService writers = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> attempts = new ArrayList<>();
			for (int i = 0; i < 1000; i++) {
				int n = i;
				attempts.add(writers.submit(() -> {
					try {
						stored.add(submit(address, null, captchaAnswered(), "第 " + n + " 封来信：路灯不亮"));
					}
					catch (SubmissionRefused refused) {
						refusals.add(refused.retryAt());
					}
				}));
			}
			for (Future<?> attempt : attempts) {
				attempt.get();
			}
		}
		finally {
			writers.shutdownNow();
		}
		Instant hourEnds = Instant.parse("2026-12-03T03:00:00Z");
		assertThat(stored).hasSize(5);
		assertThat(refusals).hasSize(995).allSatisfy((retryAt) -> assertThat(retryAt).isEqualTo(hourEnds));
		// Nothing accepted lost, nothing refused stored.
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_request WHERE client_address = ?")
			.param(address)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(stored).allSatisfy((letter) -> {
			Letter kept = letters.findById(letter.id()).orElseThrow();
			assertThat(kept.state()).isEqualTo(RequestState.SUBMITTED);
			assertThat(kept.caseId()).isNotNull();
		});
		// One audit entry for the burst, not 995.
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.guard.throttled' AND object_id = ? "
					+ "AND outcome = 'DENIED' AND summary LIKE '%11:00%'")
			.param(address)
			.query(Long.class)
			.single()).isEqualTo(1);

		// Cheap under the flood: once over the limit, refused from memory, so the
		// database
		// counted at most the five, the first refusal and one in flight per other writer.
		assertThat(jdbc
			.sql("SELECT attempts FROM interaction_rate_counter WHERE kind = 'letter' AND subject = ? "
					+ "AND window_start = ?")
			.params("address:" + address, java.sql.Timestamp.from(Instant.parse("2026-12-03T02:00:00Z")))
			.query(Integer.class)
			.single()).isBetween(6, 5 + 8);

		// Still refused a second before the hour ends, let through when it has.
		clock.set(hourEnds.minusSeconds(1));
		assertThatThrownBy(() -> submit(address, null, captchaAnswered(), "再来一封")).isInstanceOfSatisfying(
				SubmissionRefused.class, (refused) -> assertThat(refused.retryAt()).isEqualTo(hourEnds));
		clock.set(hourEnds.plusSeconds(1));
		assertThat(submit(address, null, captchaAnswered(), "新的一小时").state()).isEqualTo(RequestState.SUBMITTED);
	}

	@Test
	void an_account_is_limited_wherever_it_writes_from_and_each_kind_counts_apart() {
		clock.set(Instant.parse("2026-12-03T02:01:00Z"));
		String account = "guard-" + UUID.randomUUID();
		// guard-test allows 2 per account and 3 per address in 10 minutes
		// (application-test.yml).
		assertThat(guard.check(attempt("guard-test", account, address(), null, "你好"))).isNull();
		assertThat(guard.check(attempt("guard-test", account, address(), null, "你好"))).isNull();
		assertThatThrownBy(() -> guard.check(attempt("guard-test", account, address(), null, "你好")))
			.isInstanceOfSatisfying(SubmissionRefused.class,
					(refused) -> assertThat(refused.retryAt()).isEqualTo(Instant.parse("2026-12-03T02:10:00Z")));
		// Another kind has limits of its own.
		assertThat(guard.check(attempt("lookup", account, address(), null, "ABCD-EFGH"))).isNull();

		String shared = address();
		for (int i = 0; i < 3; i++) {
			guard.check(attempt("guard-test", "guard-" + UUID.randomUUID(), shared, null, "你好"));
		}
		assertThatThrownBy(() -> guard.check(attempt("guard-test", "guard-" + UUID.randomUUID(), shared, null, "你好")))
			.isInstanceOf(SubmissionRefused.class);
	}

	@Test
	void a_captcha_serves_once_by_its_picture_or_its_question_and_not_after_it_expires() throws Exception {
		clock.set(Instant.parse("2026-12-03T02:02:00Z"));
		Captchas.Challenge challenge = captchas.issue("38215", 7, 5);
		assertThat(challenge.expiresAt()).isEqualTo(Instant.parse("2026-12-03T02:22:00Z"));
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(
				Base64.getDecoder().decode(challenge.picture().substring("data:image/png;base64,".length()))));
		assertThat(picture.getWidth()).isEqualTo(160);
		assertThat(challenge.token()).doesNotContain("38215");

		assertThat(captchas.spend(challenge.token(), " 38215 ")).isTrue();
		assertThat(captchas.spend(challenge.token(), "38215")).as("answered before").isFalse();
		assertThat(captchas.spend(captchas.issue("38215", 7, 5).token(), "１２")).as("full-width digits").isTrue();
		assertThat(captchas.spend(captchas.issue("38215", 7, 5).token(), "十二")).as("Chinese numerals").isTrue();

		Captchas.Challenge wrong = captchas.issue("38215", 7, 5);
		assertThat(captchas.spend(wrong.token(), "13")).isFalse();
		assertThat(captchas.spend(wrong.token(), "12")).as("spent by the wrong answer").isFalse();

		Captchas.Challenge late = captchas.issue("38215", 7, 5);
		clock.advance(Duration.ofMinutes(21));
		assertThat(captchas.spend(late.token(), "12")).isFalse();

		// A token with a later expiry written in is not ours, and nothing is stored for
		// it.
		clock.set(Instant.parse("2026-12-03T02:02:00Z"));
		String[] parts = captchas.issue("38215", 7, 5).token().split("\\.");
		String forged = parts[0] + "." + (Long.parseLong(parts[1]) + 86_400) + "." + parts[2] + "." + parts[3] + "."
				+ parts[4];
		assertThat(captchas.spend(forged, "12")).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_captcha_spent WHERE nonce = ?")
			.param(parts[0])
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void the_captcha_field_offers_the_picture_and_the_question_as_text_in_the_readers_language() {
		clock.set(Instant.parse("2026-12-03T02:02:30Z"));
		Captchas.Challenge challenge = captchas.issue("40617", 7, 5);
		String chinese = field(challenge, Locale.SIMPLIFIED_CHINESE, null);
		assertThat(chinese)
			.contains("<legend>验证码</legend>", "src=\"data:image/png;base64,", "问题：七加五等于几？",
					"name=\"captchaToken\" value=\"" + challenge.token() + "\"", "name=\"captchaAnswer\"",
					"<label for=\"captcha-answer\">图片中的数字或问题的答案</label>",
					"aria-describedby=\"captcha-hint captcha-question\"")
			.doesNotContain("40617", "aria-invalid");
		assertThat(field(challenge, Locale.ENGLISH, "interaction.refused.captcha")).contains(
				"Question: what is seven plus five?", "aria-invalid=\"true\"",
				"The check answer was wrong or has expired.");
		assertThat(guard.check(
				attempt("letter", null, address(), new SubmissionGuard.CaptchaAnswer(challenge.token(), "12"), "来信")))
			.isNull();
	}

	private String field(Captchas.Challenge challenge, Locale locale, @Nullable String error) {
		Context page = new Context(locale);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(context, null));
		page.setVariable("captcha", challenge);
		page.setVariable("captchaError", error);
		return templates.process("interaction-test/captcha", page);
	}

	@Test
	void an_anonymous_letter_without_a_right_captcha_is_refused_on_the_record_and_a_signed_in_one_needs_none() {
		clock.set(Instant.parse("2026-12-03T02:03:00Z"));
		String address = address();
		assertThatThrownBy(() -> guard.check(attempt("letter", null, address, null, "来信")))
			.isInstanceOfSatisfying(SubmissionRefused.class, (refused) -> {
				assertThat(refused.retryAt()).isNull();
				assertThat(refused.messageKey()).isEqualTo("interaction.refused.captcha");
			});
		assertThatThrownBy(() -> guard.check(attempt("letter", null, address,
				new SubmissionGuard.CaptchaAnswer(captchas.issue("11111", 1, 1).token(), "3"), "来信")))
			.isInstanceOf(SubmissionRefused.class);
		assertThat(jdbc
			.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.guard.captcha-refused' "
					+ "AND outcome = 'DENIED' AND address = ?")
			.param(address)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(guard.check(attempt("letter", "wangxiaoming", address(), null, "来信"))).isNull();
	}

	@Test
	void sensitive_words_and_outside_links_hold_a_letter_for_moderation_instead_of_dropping_it() {
		clock.set(Instant.parse("2026-12-03T02:04:00Z"));
		String word = "违禁词" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(moderation.addWord(" " + word.toUpperCase() + " ", "h6-test")).isEqualTo(word);
		try {
			Letter held = submit(address(), null, captchaAnswered(), "请看 http://spam.example.com/buy 还有 "
					+ word.substring(0, 2) + " " + word.substring(2) + "。联系我：wang@qq.com");
			Letter kept = letters.findById(held.id()).orElseThrow();
			assertThat(kept.state()).isEqualTo(RequestState.SCREENING);
			assertThat(kept.heldReason()).isEqualTo("含敏感词：" + word + "；含外部链接：spam.example.com");
			assertThat(guard
				.check(attempt("letter", "wangxiaoming", address(), null, "请联系 wang@qq.com，电话 13900000123，共 3.5 公里。")))
				.isNull();
			assertThat(guard.check(attempt("letter", "wangxiaoming", address(), null, "见 www.bad-site.top 网站")))
				.isEqualTo("含外部链接：www.bad-site.top");
		}
		finally {
			moderation.removeWord(word, "h6-test");
		}
		assertThat(guard.check(attempt("letter", "wangxiaoming", address(), null, word))).isNull();
	}

	private SubmissionGuard.CaptchaAnswer captchaAnswered() {
		Captchas.Challenge challenge = captchas.issue();
		return new SubmissionGuard.CaptchaAnswer(challenge.token(),
				Integer.toString(challenge.first() + challenge.second()));
	}

	private static SubmissionGuard.Attempt attempt(String kind, @Nullable String account, String address,
			SubmissionGuard.@Nullable CaptchaAnswer captcha, String text) {
		return new SubmissionGuard.Attempt(kind, account, address, captcha, List.of(text));
	}

	/**
	 * What the letter form does: the guard first, outside the transaction that stores the
	 * letter; a reason holds it before its case starts.
	 */
	private Letter submit(String address, @Nullable String account, SubmissionGuard.CaptchaAnswer captcha,
			String body) {
		String reason = guard
			.check(new SubmissionGuard.Attempt("letter", account, address, captcha, List.of("关于路灯", body)));
		return transactions.execute((status) -> {
			UUID id = UUID.randomUUID();
			Letter letter = new Letter(id, "G" + id.toString().substring(0, 8), Door.MESSAGE, "关于路灯", body,
					new Letter.Writer(null, "李四", null, null, null, codes.hash(id, codes.generate())), false,
					clock.instant());
			letter.receivedFrom(null, address);
			if (reason != null) {
				letter.hold(reason);
			}
			// The id is given, so save merges: go on with the instance it returns.
			Letter saved = letters.save(letter);
			cases.start(saved, AccountManagement.SYSTEM);
			return saved;
		});
	}

}
