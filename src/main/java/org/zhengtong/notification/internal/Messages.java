package org.zhengtong.notification.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The messages of the message centre. */
interface Messages extends Repository<Message, UUID> {

	Message save(Message message);

	boolean existsByRecipientIdAndEventKey(UUID recipientId, String eventKey);

	/** One of the person's messages in the centre; another's is not found. */
	Optional<Message> findByIdAndRecipientIdAndInAppTrue(UUID id, UUID recipientId);

	/** The person's messages, unread first, newest first. */
	@Query(value = """
			SELECT m FROM Message m WHERE m.recipientId = :recipient AND m.inApp = true
			ORDER BY CASE WHEN m.readAt IS NULL THEN 0 ELSE 1 END, m.createdAt DESC, m.id""",
			countQuery = "SELECT count(m) FROM Message m WHERE m.recipientId = :recipient AND m.inApp = true")
	Page<Message> listOf(UUID recipient, Pageable page);

	long countByRecipientIdAndInAppTrueAndReadAtIsNull(UUID recipientId);

}
