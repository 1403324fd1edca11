package org.zhengtong.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestMailServer.RecordingSmsGateway;

import static org.assertj.core.api.Assertions.assertThat;

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
