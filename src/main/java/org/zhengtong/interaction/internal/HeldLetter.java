package org.zhengtong.interaction.internal;

import java.time.Instant;
import java.util.UUID;

import org.zhengtong.interaction.Door;

/**
 * A letter held for moderation (待审核), as the moderation queue lists it.
 *
 * @param reason why it was held (the sensitive words, the links found)
 * @param registered whether the writer has an account
 */
public record HeldLetter(UUID id, String number, Door door, String title, String reason, Instant submittedAt,
		boolean registered) {
}
