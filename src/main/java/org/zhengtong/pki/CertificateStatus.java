package org.zhengtong.pki;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What anyone may learn about a certificate by its serial number.
 *
 * @param state VALID, REVOKED or EXPIRED
 * @param revocationReason the RFC 5280 reason code of a revoked certificate
 */
public record CertificateStatus(String serial, Hierarchy hierarchy, String subject, String profile, Instant notBefore,
		Instant notAfter, String state, @Nullable Instant revokedAt, @Nullable Integer revocationReason) {
}
