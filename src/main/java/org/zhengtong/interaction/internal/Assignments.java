package org.zhengtong.interaction.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The units each letter was routed to ({@link Assignment}). */
public interface Assignments extends JpaRepository<Assignment, Long> {

	/** The unit holding the letter now, if any. */
	Optional<Assignment> findByRequestIdAndEndedAtIsNull(java.util.UUID requestId);

	/** Every unit the letter went to, first first. */
	List<Assignment> findByRequestIdOrderByAssignedAtAscIdAsc(UUID requestId);

	/** Whether the unit objected to the letter before (it may once). */
	boolean existsByRequestIdAndUnitIdAndEndReason(UUID requestId, UUID unitId, Assignment.EndReason endReason);

}
