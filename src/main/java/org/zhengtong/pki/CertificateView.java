package org.zhengtong.pki;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An issued certificate as its holder and RA operators see it. */
public record CertificateView(String serial, String profile, String subject, @Nullable String holder, Instant notBefore,
		Instant notAfter, String state, @Nullable Instant revokedAt, @Nullable Integer revocationReason,
		java.util.@Nullable UUID unitId) {
}
