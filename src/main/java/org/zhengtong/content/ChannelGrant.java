package org.zhengtong.content;

import java.time.Instant;
import java.util.UUID;

/**
 * Who may work in a channel.
 *
 * @param level DRAFT, or REVIEW (which includes drafting)
 */
public record ChannelGrant(UUID channelId, String username, String level, String grantedBy, Instant grantedAt) {
}
