package org.zhengtong.pki;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 证书申请与注册 (RA): staff ask for a login certificate with a PKCS#10 request; an RA operator
 * who is neither requester nor holder approves (the certificate is issued at once) or
 * rejects it with a reason; holders and RA operators revoke. Every step is audited.
 */
public interface CertificateRequests {

	/**
	 * Revocation reasons offered (RFC 5280): unspecified, keyCompromise,
	 * affiliationChanged, superseded, cessationOfOperation.
	 */
	List<Integer> REASONS = List.of(0, 1, 3, 4, 5);

	/**
	 * A staff authentication certificate request for oneself. The subject comes from the
	 * account and its 编制 unit, not from the request.
	 * @throws PkiRefused when the request is malformed, its signature wrong, or its key
	 * not allowed (ECDSA P-256, or RSA of at least 2048 bits)
	 */
	RequestView submit(String holder, byte[] csr);

	List<RequestView> pending();

	List<RequestView> requestsOf(String holder);

	/**
	 * Issues the certificate.
	 * @throws PkiRefused when the operator made the request or is its holder, or it is
	 * decided
	 */
	CertificateView approve(UUID request, String operator);

	void reject(UUID request, String operator, String reason);

	List<CertificateView> certificatesOf(String holder);

	/** The most recently issued certificates, for RA operators. */
	List<CertificateView> recent(int limit);

	Optional<CertificateView> certificate(String serial);

	/** The certificate in PEM. */
	Optional<String> pem(String serial);

	/**
	 * Revokes with an RFC 5280 reason; the next CRL lists it.
	 * @throws PkiRefused when it is already revoked
	 */
	void revoke(String serial, int reason, String actor);

}
