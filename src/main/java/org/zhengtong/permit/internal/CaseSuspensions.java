package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The art. 45 suspensions of permit cases. */
public interface CaseSuspensions extends JpaRepository<CaseSuspension, Long> {

	List<CaseSuspension> findByCaseIdOrderBySuspendedAtAsc(long caseId);

	Optional<CaseSuspension> findByCaseIdAndResumedAtIsNull(long caseId);

}
