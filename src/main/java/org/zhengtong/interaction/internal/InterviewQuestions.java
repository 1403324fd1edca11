package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The questions sent to interviews. */
public interface InterviewQuestions extends JpaRepository<InterviewQuestion, UUID> {

	List<InterviewQuestion> findByInterviewIdAndStateOrderByAskedAtAscIdAsc(UUID interviewId, QuestionState state);

}
