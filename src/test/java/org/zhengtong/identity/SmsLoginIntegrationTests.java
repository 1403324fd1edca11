package org.zhengtong.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestMailServer.RecordingSmsGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * 短信验证码登录: a citizen signs in with the code sent to their registered mobile, once; a
 * wrong code five times spends it; nobody learns from the page whether a number is
 * registered, and a number asks for at most one code a minute.
 */
@IntegrationTest
class SmsLoginIntegrationTests {

	static final Pattern CODE = Pattern.compile("验证码是 ([0-9]{6})");

	@Autowired
	PublicAccounts accounts;

	@Autowired
	RecordingSmsGateway sms;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AccountManagement staffAccounts;

	@Autowired
	AuditManagement audit;

	@Test
	void a_citizen_signs_in_with_the_code_sent_to_their_mobile_once() {
		String mobile = mobile();
		String username = citizen(mobile);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/login/sms");
		visitor.post("/login/sms/code", Map.of("mobile", mobile));
		visitor.post("/login/sms/code", Map.of("mobile", mobile));
		assertThat(sms.countTo(mobile)).as("one code a minute").isEqualTo(1);
		String code = code(mobile);

		var signedIn = visitor.post("/login/sms", Map.of("mobile", mobile, "code", code));
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/my"));
		assertThat(visitor.get("/my").body()).contains("钱小花");

		BrowserlessSession other = new BrowserlessSession(port);
		other.get("/login/sms");
		assertThat(other.post("/login/sms", Map.of("mobile", mobile, "code", code)).body()).as("a code works once")
			.contains("验证码不正确或已过期");
		assertThat(username).isNotBlank();
	}

	@Test
	void five_wrong_codes_spend_the_code_and_unknown_numbers_get_the_same_answer() {
		String mobile = mobile();
		citizen(mobile);
		BrowserlessSession visitor = new BrowserlessSession(port);
		visitor.get("/login/sms");
		visitor.post("/login/sms/code", Map.of("mobile", mobile));
		String code = code(mobile);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(visitor.post("/login/sms", Map.of("mobile", mobile, "code", wrong)).body())
				.contains("验证码不正确或已过期");
		}
		assertThat(visitor.post("/login/sms", Map.of("mobile", mobile, "code", code)).body())
			.as("after five wrong tries the right code no longer works")
			.contains("验证码不正确或已过期");

		String unknown = mobile();
		var answer = visitor.post("/login/sms/code", Map.of("mobile", unknown));
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/login/sms"));
		assertThat(sms.countTo(unknown)).isZero();
	}

	@Test
	void a_new_code_ends_the_old_one_even_when_the_new_one_is_spent() {
		clock.set(Instant.now());
		String mobile = mobile();
		citizen(mobile);
		String first = sendFrom("198.51.100.40", mobile);
		assertThat(sms.countTo(mobile)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(59));
		mvc.post().uri("/login/sms/code").param("mobile", mobile).with(csrf()).with(from("198.51.100.40")).exchange();
		assertThat(sms.countTo(mobile)).as("not again within the minute").isEqualTo(1);
		clock.advance(Duration.ofSeconds(2));
		String second = sendFrom("198.51.100.40", mobile);
		assertThat(second).isNotEqualTo(first);
		String wrong = Stream.of("000000", "111111", "222222")
			.filter((guess) -> !Set.of(first, second).contains(guess))
			.findFirst()
			.orElseThrow();
		for (int i = 0; i < 5; i++) {
			verifyFrom("198.51.100.41", mobile, wrong);
		}

		assertThat(verifyFrom("198.51.100.42", mobile, first)).as("the first code ended when the second was sent")
			.isNull();
	}

	@Test
	void wrong_codes_are_audited_and_block_their_address_for_that_account_only() {
		String mobile = mobile();
		String username = citizen(mobile);
		String code = sendFrom("198.51.100.50", mobile);
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < 5; i++) {
			assertThat(verifyFrom("198.51.100.51", mobile, wrong)).isNull();
		}
		UUID id = staffAccounts.find(username).orElseThrow().id();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, null, "identity.sms-login-failed", Outcome.DENIED, id.toString()), 0,
					10))
				.hasSize(5));
		assertThat(audit.search(new AuditQuery(null, null, "system", "identity.login-blocked", null, username), 0, 10))
			.hasSize(1);

		clock.advance(Duration.ofMinutes(2));
		String fresh = sendFrom("198.51.100.50", mobile);
		assertThat(verifyFrom("198.51.100.51", mobile, fresh)).as("the guessing address is held back").isNull();
		assertThat(verifyFrom("198.51.100.52", mobile, fresh)).as("the holder elsewhere signs in").endsWith("/my");
	}

	@Test
	void one_address_asks_for_a_limited_number_of_codes_and_the_platform_for_a_limited_total() {
		String address = "198.51.100.60";
		for (int i = 0; i < 10; i++) {
			String mobile = mobile();
			citizen(mobile);
			sendFrom(address, mobile);
		}
		String eleventh = mobile();
		citizen(eleventh);
		mvc.post().uri("/login/sms/code").param("mobile", eleventh).with(csrf()).with(from(address)).exchange();
		assertThat(sms.countTo(eleventh)).as("the eleventh number asked from one address in an hour").isZero();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, "identity.sms-code-refused", Outcome.DENIED, null), 0, 10))
				.isNotEmpty());
		assertThat(sendFrom("198.51.100.61", eleventh)).as("from another address").isNotNull();

		String filler = mobile();
		citizen(filler);
		jdbc.update(
				"""
						INSERT INTO identity_sms_code (id, account_id, code_hash, created_at, expires_at, attempts, used_at, requested_from)
						SELECT gen_random_uuid(), id, '\\x00', now(), now(), 0, now(), '198.18.' || (n / 250) || '.' || (n % 250)
						FROM identity_account, generate_series(1, 500) n WHERE mobile = ?""",
				filler);
		try {
			String late = mobile();
			citizen(late);
			mvc.post().uri("/login/sms/code").param("mobile", late).with(csrf()).with(from("198.51.100.62")).exchange();
			assertThat(sms.countTo(late)).as("500 codes this hour across the platform: no more").isZero();
		}
		finally {
			jdbc.update("DELETE FROM identity_sms_code WHERE requested_from LIKE '198.18.%'");
		}
	}

	/** Asks for a code from another client address; answers the code sent. */
	private String sendFrom(String address, String mobile) {
		long before = sms.countTo(mobile);
		mvc.post().uri("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(address)).exchange();
		assertThat(sms.countTo(mobile)).as("a code was sent").isEqualTo(before + 1);
		return code(mobile);
	}

	/** The redirect after a code is tried, or null when it was refused. */
	private String verifyFrom(String address, String mobile, String code) {
		return mvc.post()
			.uri("/login/sms")
			.param("mobile", mobile)
			.param("code", code)
			.with(csrf())
			.with(from(address))
			.exchange()
			.getResponse()
			.getRedirectedUrl();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String code(String mobile) {
		Matcher matcher = CODE.matcher(sms.lastTo(mobile).orElseThrow());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private String citizen(String mobile) {
		String username = "sms" + UUID.randomUUID().toString().substring(0, 8);
		String first17 = "6101131988" + String.format("%02d", ThreadLocalRandom.current().nextInt(1, 13)) + "1"
				+ ThreadLocalRandom.current().nextInt(0, 10)
				+ String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
		accounts.registerCitizen(new CitizenRegistration(username, "钱小花",
				ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17)), mobile, null,
				"Qinchuan@2026"));
		return username;
	}

	private static String mobile() {
		return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
