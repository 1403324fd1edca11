package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;

/** The lines of interview transcripts. */
public interface InterviewLines extends JpaRepository<InterviewLine, UUID> {

	/** The published lines after {@code seq}, in the order they were published. */
	@Query("select l from InterviewLine l where l.interviewId = ?1 and l.publishedSeq > ?2 order by l.publishedSeq")
	List<InterviewLine> publishedAfter(UUID interviewId, long seq);

	/** The lines written and not yet published, oldest first. */
	@Query("select l from InterviewLine l where l.interviewId = ?1 and l.publishedSeq is null order by l.writtenAt, l.id")
	List<InterviewLine> drafts(UUID interviewId);

	/** The next number of a published line. */
	@NativeQuery("select nextval('interaction_interview_line_published_seq')")
	long nextSeq();

}
