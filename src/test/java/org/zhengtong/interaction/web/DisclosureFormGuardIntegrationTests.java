package org.zhengtong.interaction.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.CaptchaAnswers;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * The public 政府信息公开申请 form under the submission guard: an anonymous applicant answers the
 * captcha (its text question, as a screen-reader user does); a wrong answer stores
 * nothing and says so in the applicant's language; a burst from one address stores ten an
 * hour and answers the rest 429 with the time to retry.
 */
@IntegrationTest
class DisclosureFormGuardIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitManagement units;

	@Autowired
	TestClock clock;

	UUID unit;

	String tag;

	String address;

	@BeforeEach
	void unit() {
		unit = TestStaff.unit(units, "住建局", "Housing Bureau");
		tag = UUID.randomUUID().toString().substring(0, 8);
		address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		jdbc.sql("DELETE FROM interaction_rate_counter WHERE subject = ?").param("address:" + address).update();
	}

	@Test
	void a_burst_from_one_address_stores_ten_requests_an_hour_and_answers_the_rest_429_with_the_time_to_retry() {
		// 10:00:20 Beijing time; the hour's window ends at 11:00.
		clock.set(Instant.parse("2026-12-03T02:00:20Z"));
		List<Integer> statuses = new ArrayList<>();
		MvcTestResult refused = null;
		for (int i = 0; i < 13; i++) {
			String form = text(mvc.get().uri("/interaction/disclosure/new").with(from(address)).exchange());
			MvcTestResult sent = post("/interaction/disclosure", CaptchaAnswers.with(form, fields("第 " + i + " 份")));
			statuses.add(sent.getResponse().getStatus());
			if (sent.getResponse().getStatus() == 429) {
				refused = sent;
			}
		}
		assertThat(statuses.subList(0, 10)).containsOnly(302);
		assertThat(statuses.subList(10, 13)).containsOnly(429);
		assertThat(stored()).isEqualTo(10);
		assertThat(refused).isNotNull();
		assertThat(text(refused)).contains("提交过于频繁", "2026-12-03 11:00");
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo(Long.toString(60 * 60 - 20));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.guard.throttled' AND object_id = ? "
						+ "AND outcome = 'DENIED' AND summary LIKE '%政府信息公开申请%'")
				.param(address)
				.query(Long.class)
				.single() == 1);
	}

	@Test
	void a_wrong_captcha_answer_stores_nothing_and_says_so_in_the_applicants_language() {
		clock.set(Instant.parse("2026-12-03T03:10:00Z"));
		String form = text(mvc.get().uri("/en/interaction/disclosure/new").with(from(address)).exchange());
		assertThat(form).contains("Question: what is");
		MvcTestResult sent = post("/en/interaction/disclosure",
				CaptchaAnswers.with(form, fields("wrong answer"), Integer.toString(CaptchaAnswers.sum(form) + 1)));

		assertThat(sent.getResponse().getStatus()).isEqualTo(200);
		String page = text(sent);
		assertThat(page).contains("The check answer was wrong or has expired. Please try again.")
			.contains("wrong answer " + tag)
			.as("a fresh challenge")
			.doesNotContain(CaptchaAnswers.token(form));
		assertThat(stored()).isZero();

		MvcTestResult without = post("/interaction/disclosure", fields("no answer"));
		assertThat(text(without)).contains("验证码不正确或已过期，请重新输入。");
		assertThat(stored()).isZero();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("SELECT count(*) FROM audit_entry WHERE action = 'interaction.guard.captcha-refused' "
						+ "AND object_id = ? AND outcome = 'DENIED'")
				.param(address)
				.query(Long.class)
				.single() == 2);
	}

	private Map<String, String> fields(String description) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("unitId", unit.toString());
		fields.put("applicantType", "PERSON");
		fields.put("applicantName", "王小明");
		fields.put("idNumber", "11010519491231002X");
		fields.put("phone", "13900000000");
		fields.put("description", description + " " + tag);
		fields.put("medium", "ELECTRONIC");
		fields.put("delivery", "ONLINE");
		return fields;
	}

	private MvcTestResult post(String path, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.with(csrf())
			.with(from(address));
		fields.forEach((name, value) -> request.param(name, value));
		return mvc.perform(request);
	}

	private long stored() {
		return jdbc.sql("SELECT count(*) FROM interaction_disclosure_request WHERE description LIKE ?")
			.param("%" + tag)
			.query(Long.class)
			.single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
