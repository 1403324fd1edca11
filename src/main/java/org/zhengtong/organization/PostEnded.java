package org.zhengtong.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person no longer holds a post; when it was their 编制 post they have left the unit (the
 * certificate authority revokes what the unit issued to them).
 */
public record PostEnded(UUID postId, UUID holderId, UUID unitId, boolean principal, LocalDate endedOn) {
}
