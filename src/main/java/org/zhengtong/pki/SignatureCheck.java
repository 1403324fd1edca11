package org.zhengtong.pki;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a signature check found.
 *
 * @param intact whether the signature matches the content and the signer's key
 * @param signer the signer's certificate, when the SignedData carries it
 * @param certificateState the signer certificate's state now: VALID, REVOKED, EXPIRED,
 * FOREIGN (not issued by this platform's CAs) or UNKNOWN (signed by our CA but not in its
 * records)
 * @param signingTime the time the signer claims (signed attribute), if any
 * @param revokedAt when the signer certificate was revoked, if it was
 */
public record SignatureCheck(boolean intact, @Nullable X509Certificate signer, String certificateState,
		@Nullable Instant signingTime, @Nullable Instant revokedAt) {

	/** Intact, by a certificate of ours that is valid now. */
	public boolean valid() {
		return intact && certificateState.equals("VALID");
	}

	/** The signer's subject (CN, O…), or an empty text. */
	public String subject() {
		return signer == null ? "" : signer.getSubjectX500Principal().getName();
	}

}
