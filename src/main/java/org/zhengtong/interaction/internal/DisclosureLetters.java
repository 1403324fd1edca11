package org.zhengtong.interaction.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The 答复书 of disclosure requests, by request id. */
public interface DisclosureLetters extends JpaRepository<DisclosureLetter, UUID> {

}
