package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * A disclosure request (依申请公开) was answered.
 *
 * @param replyType the kind of answer (公开, 部分公开, 不予公开 …), by its code
 */
public record DisclosureRequestAnswered(UUID requestId, String number, UUID unitId, String replyType,
		Instant answeredAt) {
}
