package org.zhengtong.casework.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The deadline clocks, one aggregate each with its pauses. */
interface DeadlineClocks extends JpaRepository<DeadlineClock, Long> {

	/** Clocks with their pauses, in one query (the recompute's batches). */
	@EntityGraph(attributePaths = "pauses")
	List<DeadlineClock> findByIdIn(Collection<Long> ids);

}
