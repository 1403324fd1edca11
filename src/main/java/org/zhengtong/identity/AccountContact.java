package org.zhengtong.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How to reach an account.
 *
 * @param active whether the person may still log in (a deactivated account is told
 * nothing)
 * @param email the registered e-mail address, if any
 * @param mobile the registered 11-digit mobile number, if any
 */
public record AccountContact(UUID id, String username, String displayName, AccountKind kind, boolean active,
		@Nullable String email, @Nullable String mobile) {
}
