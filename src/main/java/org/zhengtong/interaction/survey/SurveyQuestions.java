package org.zhengtong.interaction.survey;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The questions of surveys. */
interface SurveyQuestions extends JpaRepository<SurveyQuestion, UUID> {

	List<SurveyQuestion> findBySurveyIdOrderByPosition(UUID surveyId);

}
