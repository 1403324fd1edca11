package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * 不予受理: the receiving office (or a moderator) refused to take a letter on, with the
 * reason its writer reads.
 */
public record RequestRejected(UUID requestId, String number, String reason, Instant rejectedAt) {
}
