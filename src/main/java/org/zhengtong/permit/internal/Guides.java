package org.zhengtong.permit.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.zhengtong.permit.GuideState;

/** The service guide versions. */
public interface Guides extends JpaRepository<Guide, Long> {

	/** The version in force. */
	Optional<Guide> findByItemIdAndState(long itemId, GuideState state);

	List<Guide> findByItemIdOrderByRevisionDesc(long itemId);

	Optional<Guide> findFirstByItemIdOrderByRevisionDesc(long itemId);

}
