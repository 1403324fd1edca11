package org.zhengtong.interaction.survey;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A survey's life by the clock: draft, not yet open, open, closed, results. */
class SurveyUnitTests {

	static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

	@Test
	void its_status_follows_its_dates_once_published() {
		Survey survey = survey(SurveyKind.SURVEY, NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)));
		assertThat(survey.status(NOW)).isEqualTo(SurveyStatus.DRAFT);
		survey.publish(NOW);
		assertThat(survey.status(NOW)).isEqualTo(SurveyStatus.UPCOMING);
		assertThat(survey.status(NOW.plus(Duration.ofDays(1)))).isEqualTo(SurveyStatus.OPEN);
		assertThat(survey.status(NOW.plus(Duration.ofDays(2)))).as("the close time itself is closed")
			.isEqualTo(SurveyStatus.CLOSED);
	}

	@Test
	void it_changes_only_until_it_opens() {
		Survey survey = survey(SurveyKind.SURVEY, NOW.minusSeconds(1), NOW.plus(Duration.ofDays(2)));
		survey.publish(NOW);
		assertThatThrownBy(() -> survey.describe("新标题", "", null, NOW, NOW.plus(Duration.ofDays(3)), NOW))
			.isInstanceOf(SurveyRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "interaction.survey.refused.notEditable");
		assertThat(survey.title()).isEqualTo("调查");
	}

	@Test
	void closing_before_opening_is_refused_and_a_past_close_date_cannot_be_published() {
		assertThatThrownBy(() -> survey(SurveyKind.SURVEY, NOW, NOW)).isInstanceOf(SurveyRefused.class)
			.hasMessageContaining("after the open date");
		Survey past = survey(SurveyKind.SURVEY, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(1)));
		assertThatThrownBy(() -> past.publish(NOW)).isInstanceOf(SurveyRefused.class)
			.hasMessageContaining("close date has passed");
	}

	@Test
	void a_consultation_publishes_results_only_when_closed_and_with_its_adoption() {
		Survey survey = survey(SurveyKind.CONSULTATION, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(2)));
		survey.publish(NOW);
		assertThatThrownBy(() -> survey.publishResults("采纳", NOW)).hasMessageContaining("once the survey has closed");
		survey.close(NOW);
		assertThat(survey.status(NOW)).isEqualTo(SurveyStatus.CLOSED);
		assertThat(survey.endedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> survey.publishResults("  ", NOW)).hasMessageContaining("采纳情况");
		survey.publishResults(" 采纳了第一条意见。 ", NOW);
		assertThat(survey.adoption()).isEqualTo("采纳了第一条意见。");
		assertThatThrownBy(() -> survey.publishResults("再次", NOW)).hasMessageContaining("already published");
	}

	@Test
	void a_survey_publishes_results_without_an_adoption() {
		Survey survey = survey(SurveyKind.SURVEY, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(2)));
		survey.publish(NOW);
		survey.close(NOW);
		survey.publishResults("", NOW);
		assertThat(survey.resultsPublished()).isTrue();
		assertThat(survey.adoption()).isNull();
	}

	@Test
	void choice_questions_need_two_to_twenty_choices_and_scales_two_to_ten_points() {
		UUID id = UUID.randomUUID();
		assertThatThrownBy(() -> SurveyQuestion.of(id, 1, QuestionKind.SINGLE, "问", true, List.of("只有一个", " "), 1, 5))
			.isInstanceOf(SurveyRefused.class);
		assertThat(SurveyQuestion.of(id, 1, QuestionKind.MULTIPLE, "问", true, List.of(" 甲 ", "", "乙"), 1, 5).choices())
			.containsExactly("甲", "乙");
		assertThatThrownBy(() -> SurveyQuestion.of(id, 1, QuestionKind.SCALE, "问", true, List.of(), 3, 3))
			.isInstanceOf(SurveyRefused.class);
		assertThatThrownBy(() -> SurveyQuestion.of(id, 1, QuestionKind.SCALE, "问", true, List.of(), 0, 10))
			.isInstanceOf(SurveyRefused.class);
		assertThat(SurveyQuestion.of(id, 1, QuestionKind.SCALE, "问", true, List.of(), 1, 5).points()).containsExactly(1,
				2, 3, 4, 5);
	}

	private static Survey survey(SurveyKind kind, Instant opens, Instant closes) {
		Survey survey = Survey.draft(kind, "editor", NOW);
		survey.describe("调查", "", kind == SurveyKind.CONSULTATION ? "草案" : null, opens, closes, NOW);
		return survey;
	}

}
