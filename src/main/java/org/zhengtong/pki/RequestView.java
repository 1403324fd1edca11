package org.zhengtong.pki;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A certificate request and what became of it. */
public record RequestView(UUID id, String requester, String holder, String profile, String subject, String status,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String reason, @Nullable String serial,
		Instant createdAt, @Nullable UUID unitId, java.util.List<String> dnsNames) {
}
