package org.zhengtong.interaction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The board's entries; lists and filters are in {@link BoardRecords}. */
public interface BoardPosts extends JpaRepository<BoardPost, UUID> {

	Optional<BoardPost> findByNumber(String number);

}
