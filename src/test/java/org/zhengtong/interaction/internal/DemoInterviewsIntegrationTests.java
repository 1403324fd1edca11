package org.zhengtong.interaction.internal;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration's interviews come out as the README promises: a past one in the
 * archive with its transcript and two questions answered (the advertisement not shown,
 * its original kept), and a coming one with a question waiting for moderation.
 */
@IntegrationTest
class DemoInterviewsIntegrationTests {

	@Autowired
	InterviewDesk desk;

	@Autowired
	InterviewReading reading;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	Clock clock;

	@Test
	void one_past_interview_with_its_transcript_and_one_coming_with_a_question_waiting() {
		DemoInterviews demo = new DemoInterviews(desk, units, jdbc, environment, clock);
		UUID education = TestStaff.unit(units, "演示教育局", "Demo Education Bureau");
		UUID transport = TestStaff.unit(units, "演示交通局", "Demo Transport Bureau");
		demo.past(education);
		demo.coming(transport);

		UUID past = latest("ENDED", education);
		InterviewReading.Page page = reading.page(past, false).orElseThrow();
		assertThat(page.interview().state()).isEqualTo(InterviewState.ENDED);
		assertThat(page.lines()).hasSize(7);
		assertThat(page.questions()).hasSize(2).allSatisfy((question) -> assertThat(question.answered()).isTrue());
		assertThat(page.questions()).anySatisfy((question) -> assertThat(question.text()).contains("139****5678"))
			.noneSatisfy((question) -> assertThat(question.text()).contains("13912345678"));
		assertThat(reading.desk(past).orElseThrow().rejected()).singleElement()
			.satisfies((question) -> assertThat(question.original()).contains("代写作业"));

		UUID coming = latest("ANNOUNCED", transport);
		assertThat(reading.desk(coming).orElseThrow().pending()).singleElement()
			.satisfies((question) -> assertThat(question.original()).contains("火车站"));
		assertThat(reading.page(coming, true).orElseThrow().interview().title(true))
			.isEqualTo("Bus network changes and winter travel");
	}

	private UUID latest(String state, UUID unit) {
		return jdbc.sql("""
				SELECT i.id FROM interaction_interview i JOIN interaction_interview_guest g ON g.interview_id = i.id
				 WHERE i.state = ? AND g.unit_id = ? ORDER BY i.created_at DESC LIMIT 1""")
			.param(state)
			.param(unit)
			.query(UUID.class)
			.single();
	}

}
