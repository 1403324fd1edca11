package org.zhengtong.casework;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A 委托, running, to come, ended or revoked. */
public record DelegationView(long id, UUID delegatorId, String delegatorName, UUID delegateId, String delegateName,
		Instant startsAt, Instant endsAt, String reason, @Nullable Instant revokedAt, boolean running) {
}
