package org.zhengtong.identity;

import org.zhengtong.shared.ResidentIdNumber;

/**
 * 身份证号 kept by other modules (a letter's writer, a disclosure applicant): sealed with the
 * same key as accounts' numbers (AES-256-GCM, a fresh nonce each time), as text for a
 * {@code text} column. Unsealing is the caller's to audit, as every unmasked read is.
 */
public interface IdNumberSeals {

	/** The number sealed, as Base64 text; never the same text twice. */
	String seal(ResidentIdNumber number);

	/**
	 * The number inside a text {@link #seal} made.
	 * @throws IllegalArgumentException when the text is not such a seal (or the key
	 * changed)
	 */
	ResidentIdNumber unseal(String sealed);

}
