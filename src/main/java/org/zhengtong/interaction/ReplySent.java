package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter's reply was approved and sent (also to the writers of letters merged into it).
 *
 * @param consentPublish whether the writer agreed to publish letter and reply on the
 * board
 */
public record ReplySent(UUID requestId, String number, UUID unitId, Instant repliedAt, boolean consentPublish) {
}
