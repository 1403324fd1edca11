package org.zhengtong.pki;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * 签名与数字信封 for the modules that sign, seal and exchange documents: CMS (RFC 5652)
 * SignedData, attached or detached, and EnvelopedData for one or many recipients. Every
 * operation streams — content passes through in small blocks, so a 1 GB file needs no
 * more memory than a 1 KB one. Signatures use SHA-256 with RSA or ECDSA, or SM3withSM2
 * when the signer's key is SM2; envelopes use AES-256-CBC with the content key sent to
 * each recipient by RSA-OAEP (RSA certificates) or ECDH (P-256 certificates). What is
 * made here is read by {@code openssl cms}, and what it makes is read here.
 * <p>
 * Input that is not CMS, or not for the given key, is refused with a {@link PkiRefused};
 * nothing of a refused envelope's content is written.
 */
public interface Cms {

	/**
	 * A private key with its certificate (first) and the certificates that lead to a
	 * root.
	 */
	record Credential(PrivateKey key, List<X509Certificate> chain) {

		public Credential {
			chain = List.copyOf(chain);
			if (chain.isEmpty()) {
				throw new IllegalArgumentException("A credential needs its certificate");
			}
		}

		public X509Certificate certificate() {
			return chain.get(0);
		}

	}

	/**
	 * Signs what {@code content} holds into {@code signedData} (DER/BER). The signer's
	 * certificate chain travels with the signature.
	 * @param attached whether the content is inside the SignedData (otherwise detached:
	 * the verifier needs the content too)
	 */
	void sign(Credential signer, InputStream content, OutputStream signedData, boolean attached);

	/**
	 * Checks a SignedData: the signature over the content, and the signer's certificate
	 * against this platform's CAs and their revocation list.
	 * @param detachedContent the content of a detached signature, or {@code null} when it
	 * is attached
	 * @param content receives the signed content as it is read (for an attached
	 * signature; a detached one's content is only read)
	 */
	SignatureCheck verify(InputStream signedData, @Nullable InputStream detachedContent, OutputStream content);

	/** Encrypts {@code content} for every recipient certificate into an EnvelopedData. */
	void encrypt(InputStream content, OutputStream envelopedData, List<X509Certificate> recipients);

	/**
	 * Opens an EnvelopedData with one recipient's key.
	 * @throws PkiRefused when it is not an EnvelopedData or not addressed to this key
	 */
	void decrypt(InputStream envelopedData, OutputStream content, Credential recipient);

	/**
	 * Signs (attached) and then encrypts in one pass: the EnvelopedData holds the
	 * SignedData.
	 */
	void signAndEncrypt(Credential signer, InputStream content, OutputStream envelopedData,
			List<X509Certificate> recipients);

	/**
	 * Opens what {@link #signAndEncrypt} made and checks the signature inside, in one
	 * pass.
	 */
	SignatureCheck decryptAndVerify(InputStream envelopedData, OutputStream content, Credential recipient);

}
