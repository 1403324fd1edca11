package org.zhengtong.casework.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tasks of steps. */
public interface CaseTasks extends JpaRepository<CaseTask, Long> {

	List<CaseTask> findByStepIdOrderById(long stepId);

	List<CaseTask> findByCaseIdAndStatusOrderById(long caseId, CaseTask.Status status);

	long countByStepIdAndStatus(long stepId, CaseTask.Status status);

	@Query("SELECT t.stepId FROM CaseTask t WHERE t.id = ?1")
	Optional<Long> stepOf(long taskId);

}
