package org.zhengtong.interaction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** 差评整改s; their lists and the 评议 figures are in {@link RatingRecords}. */
interface Rectifications extends JpaRepository<Rectification, UUID> {

	Optional<Rectification> findByRatingId(UUID ratingId);

}
