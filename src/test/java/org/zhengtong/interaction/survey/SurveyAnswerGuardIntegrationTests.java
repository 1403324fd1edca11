package org.zhengtong.interaction.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * Survey answers under the submission guard: 30 an hour from one address, whichever
 * accounts send them — a burst of 33 real-name answers from one address stores 30 and
 * answers the rest 429 with the time to retry.
 */
@IntegrationTest
class SurveyAnswerGuardIntegrationTests {

	@Autowired
	SurveyService service;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void a_burst_of_answers_from_one_address_stores_thirty_and_refuses_the_rest_until_the_hour_ends() {
		// 12:30 Beijing time; the hour's window ends at 13:00.
		clock.set(Instant.parse("2026-12-03T04:30:00Z"));
		UUID unit = TestStaff.unit(units, "调查限流办", "Survey guard office");
		String editor = TestStaff.withRole(accounts, unit, "sg", "编辑丁", InteractionRoles.INTERACTION_EDITOR);
		Survey survey = service.create(SurveyKind.SURVEY, new SurveyService.Description("限流测试调查", "请回答。", null,
				clock.instant().minus(Duration.ofHours(1)), clock.instant().plus(Duration.ofDays(5))), editor);
		service.addQuestion(survey.id(),
				new SurveyService.NewQuestion(QuestionKind.SINGLE, "您是否赞成？", true, List.of("赞成", "不赞成"), 1, 5), editor);
		service.publish(survey.id(), editor);
		UUID question = service.questions(survey.id()).get(0).id();
		String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
		jdbc.sql("DELETE FROM interaction_rate_counter WHERE subject = ?").param("address:" + address).update();

		List<Integer> statuses = new ArrayList<>();
		MvcTestResult last = null;
		for (int i = 0; i < 33; i++) {
			String citizen = "sg" + UUID.randomUUID().toString().substring(0, 8);
			accounts.create(citizen, "参与人" + i, AccountKind.CITIZEN, null, "Qinchuan@2026", false);
			last = mvc.post()
				.uri("/interaction/surveys/answer")
				.with(csrf())
				.with(user(users.loadUserByUsername(citizen)))
				.with((request) -> {
					request.setRemoteAddr(address);
					return request;
				})
				.param("survey", survey.id().toString())
				.param("answers[" + question + "]", "0")
				.exchange();
			statuses.add(last.getResponse().getStatus());
		}
		assertThat(statuses.subList(0, 30)).containsOnly(302);
		assertThat(statuses.subList(30, 33)).containsOnly(429);
		assertThat(new String(last.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).contains("提交过于频繁",
				"2026-12-03 13:00");
		assertThat(jdbc.sql("SELECT count(*) FROM interaction_survey_response WHERE survey_id = ?")
			.param(survey.id())
			.query(Long.class)
			.single()).isEqualTo(30);
	}

}
