package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter arrived through a public door (published once, in the submitting transaction).
 */
public record RequestSubmitted(UUID requestId, String number, Door door, Instant submittedAt) {
}
