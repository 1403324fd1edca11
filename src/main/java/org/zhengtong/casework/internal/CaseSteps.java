package org.zhengtong.casework.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The steps of cases. */
public interface CaseSteps extends JpaRepository<CaseStep, Long> {

	/**
	 * The step, its row locked until the transaction ends: whatever changes its tasks
	 * takes this lock first, so a step closes exactly once and a task is decided once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("SELECT s FROM CaseStep s WHERE s.id = ?1")
	Optional<CaseStep> lock(long id);

	Optional<CaseStep> findFirstByCaseIdAndStatusOrderByIdDesc(long caseId, CaseStep.Status status);

	List<CaseStep> findByCaseIdAndStateAndIdLessThanOrderByIdDesc(long caseId, String state, long before);

	List<CaseStep> findByCaseIdOrderById(long caseId);

}
