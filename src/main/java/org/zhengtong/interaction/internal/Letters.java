package org.zhengtong.interaction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The letters (诉求). Lists and statistics use {@code JdbcClient} in {@code *Records}
 * classes.
 */
public interface Letters extends JpaRepository<Letter, UUID> {

	Optional<Letter> findByNumber(String number);

	Optional<Letter> findBySubmitToken(String submitToken);

}
