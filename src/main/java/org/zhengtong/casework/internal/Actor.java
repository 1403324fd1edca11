package org.zhengtong.casework.internal;

import java.util.UUID;

/** Who acts: an active account, with the name the history shows. */
record Actor(UUID id, String username, String name) {
}
