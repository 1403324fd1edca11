package org.zhengtong.interaction.survey;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The surveys and consultations; lists, answers and results in {@link SurveyRecords}. */
interface Surveys extends JpaRepository<Survey, UUID> {

}
