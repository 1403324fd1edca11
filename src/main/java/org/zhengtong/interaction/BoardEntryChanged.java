package org.zhengtong.interaction;

import java.util.UUID;

/**
 * A board entry was published, edited, hidden or shown again: whoever keeps a copy (the
 * search index) reads it again through {@link ReplyBoard#published}.
 */
public record BoardEntryChanged(UUID letterId) {
}
