package org.zhengtong.interaction;

import java.time.Instant;
import java.util.UUID;

/**
 * The 答复书 of a disclosure request was sealed with the unit's seal: the applicant can now
 * download it (it was answered earlier, perhaps days before a seal keeper signed in).
 */
public record DisclosureLetterSealed(UUID requestId, String number, UUID unitId, Instant sealedAt) {
}
