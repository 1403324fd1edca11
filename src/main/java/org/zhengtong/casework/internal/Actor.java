package org.zhengtong.casework.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who acts: an active account, with the name the history shows; or the platform itself (a
 * scheduled job), without an id.
 */
record Actor(@Nullable UUID id, String username, String name) {

	/** The account's id. @throws IllegalStateException for the platform itself */
	UUID account() {
		if (id == null) {
			throw new IllegalStateException("The platform itself has no account");
		}
		return id;
	}

}
