package org.zhengtong.interaction.survey;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.testing.BrowserlessSession;
import org.zhengtong.testing.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's surveys load through the editor's steps: an open survey taking answers, and
 * a closed consultation whose results and 采纳情况 are published, the comment with a phone
 * number not published.
 */
@IntegrationTest
class DemoSurveysIntegrationTests {

	@Autowired
	DemoSurveys demo;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void an_open_survey_and_a_closed_consultation_with_its_adoption() {
		long before = jdbc.queryForObject("SELECT count(*) FROM interaction_survey", Long.class);
		demo.load();
		List<UUID> made = jdbc.queryForList("SELECT id FROM interaction_survey ORDER BY created_at DESC, kind LIMIT 2",
				UUID.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM interaction_survey", Long.class)).isEqualTo(before + 2);
		UUID consultation = jdbc.queryForObject(
				"SELECT id FROM interaction_survey WHERE kind = 'CONSULTATION' AND id IN (?, ?)", UUID.class,
				made.get(0), made.get(1));
		UUID survey = made.get(0).equals(consultation) ? made.get(1) : made.get(0);

		BrowserlessSession visitor = new BrowserlessSession(port);
		assertThat(visitor.get("/interaction/surveys/" + survey).body()).contains("秦川市人民政府门户网站满意度调查")
			.contains("进行中")
			.contains("获取验证码");
		String closed = visitor.get("/interaction/surveys/" + consultation).body();
		assertThat(closed).contains("已结束")
			.contains("采纳情况")
			.contains("站点报修电话应当二十四小时有人接听")
			.contains("共 3 人参与")
			.doesNotContain("13912345678");
	}

}
