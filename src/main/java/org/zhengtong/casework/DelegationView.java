package org.zhengtong.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A 委托, running, to come, ended or revoked. */
public record DelegationView(long id, String delegatorName, String delegateName, Instant startsAt, Instant endsAt,
		String reason, @Nullable Instant revokedAt, boolean running) {
}
