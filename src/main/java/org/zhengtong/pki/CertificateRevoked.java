package org.zhengtong.pki;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * 证书吊销: a certificate the platform issued was revoked (by its holder, an RA operator, as
 * superseded on re-issue, or because its holder left the unit). Published in the
 * revocation's transaction, beside its audit entry, so a listener after the commit never
 * hears of a revocation that rolled back. Sessions opened with the certificate end on
 * their next request whatever listens here (the certificate's standing is read live).
 *
 * @param serial the certificate's serial (hexadecimal)
 * @param profile what it is for: {@link CertificateProfile#UNIT_SIGN} and
 * {@link CertificateProfile#UNIT_SIGN_SM2} are a unit's 电子印章
 * @param unitId the unit it was issued in (for a seal: the unit whose seal it is)
 * @param holder the account it was issued to (for a hosted seal: the unit's keeper of the
 * day)
 * @param reason the RFC 5280 reason code
 * @param revokedBy who revoked it (an account name, or {@code system})
 */
public record CertificateRevoked(String serial, CertificateProfile profile, @Nullable UUID unitId,
		@Nullable String holder, Instant revokedAt, int reason, String revokedBy) {

	/**
	 * Whether the certificate was a unit's signing certificate (电子印章, RSA/ECDSA or SM2).
	 */
	public boolean unitSeal() {
		return profile == CertificateProfile.UNIT_SIGN || profile == CertificateProfile.UNIT_SIGN_SM2;
	}

}
