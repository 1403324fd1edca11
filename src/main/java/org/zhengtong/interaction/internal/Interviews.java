package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The interviews (在线访谈). */
public interface Interviews extends JpaRepository<Interview, UUID> {

	/** Those announced or live, soonest first. */
	@Query("select i from Interview i where i.state <> org.zhengtong.interaction.internal.InterviewState.ENDED order by i.startsAt, i.id")
	List<Interview> coming();

}
