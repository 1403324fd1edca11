package org.zhengtong.audit;

/**
 * Signs audit checkpoints with the platform's own key, and checks such signatures. The
 * PKI provides it; without one, no checkpoints are made.
 */
public interface CheckpointSigner {

	/**
	 * @param signature a detached CMS SignedData over the statement
	 * @param signer the signing certificate's serial number
	 */
	record Signed(byte[] signature, String signer) {
	}

	Signed sign(byte[] statement);

	/**
	 * Whether the signature is intact over the statement and made with a signing
	 * certificate this platform issued to itself.
	 */
	boolean verify(byte[] statement, byte[] signature);

}
