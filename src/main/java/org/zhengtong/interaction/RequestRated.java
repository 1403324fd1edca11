package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/** The writer rated the reply (好差评 level 1 非常不满意 … 5 非常满意). */
public record RequestRated(UUID requestId, String number, int level, Instant ratedAt) {
}
