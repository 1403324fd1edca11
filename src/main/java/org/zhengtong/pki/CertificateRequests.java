package org.zhengtong.pki;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.zhengtong.identity.AccessScope;

/**
 * 证书申请与注册 (RA): staff ask for a login certificate with a PKCS#10 request; an RA operator
 * who is neither requester nor holder approves (the certificate is issued at once) or
 * rejects it with a reason; holders and RA operators revoke. Every step is audited. Each
 * request is a case on the case-work core ({@link CertificateApprovals}): the RA
 * operators have a task for it with a deadline until it is decided.
 */
public interface CertificateRequests {

	/**
	 * Revocation reasons offered (RFC 5280): unspecified, keyCompromise,
	 * affiliationChanged, superseded, cessationOfOperation.
	 */
	List<Integer> REASONS = List.of(0, 1, 3, 4, 5);

	/** The permission of unit administrators over their units' certificates (单位证书). */
	String UNIT_PERMISSION = "certificate.unit";

	/**
	 * A staff authentication certificate request for oneself. The subject comes from the
	 * account and its 编制 unit, not from the request.
	 * @throws PkiRefused when the request is malformed, its signature wrong, or its key
	 * not allowed (ECDSA P-256, or RSA of at least 2048 bits with an odd public exponent
	 * of at least 65537); the refusal is audited
	 */
	RequestView submit(String holder, byte[] csr);

	/**
	 * A request for a certificate whose key the platform makes, delivered once to the
	 * holder after approval ({@link #collect}).
	 */
	RequestView submitForGeneratedKey(String holder);

	/**
	 * For an approved request without CSR: makes an ECDSA P-256 key, issues the
	 * certificate and returns both as a PKCS#12 file (AES-256-CBC, PBKDF2, SHA-256 MAC —
	 * current OpenSSL opens it without {@code -legacy}); the key is not kept and this
	 * works once.
	 * @throws PkiRefused when the request is not the holder's, not approved, already
	 * collected, or the password is shorter than 8 characters
	 */
	byte[] collect(UUID request, String holder, char[] password);

	/**
	 * A request to renew one of the holder's valid certificates with a new CSR; when it
	 * is issued, the old certificate is revoked as superseded.
	 * @throws PkiRefused as {@link #submit}, or when the certificate is not the holder's
	 * or not valid
	 */
	RequestView renew(String holder, String serial, byte[] csr);

	/**
	 * A certificate for a unit (signing, SM2 signing, encryption or server TLS), asked by
	 * someone whose {@code certificate.unit} scope reaches the unit (a 单位管理员). The
	 * subject names the unit, never a person.
	 * @param csr the PKCS#10 request, or {@code null}/empty for a key the platform makes
	 * and the requester collects once ({@link #collect})
	 * @param dnsNames a server's DNS names (1 to 10); ignored for other profiles
	 * @throws org.springframework.security.access.AccessDeniedException when the unit is
	 * outside the requester's scope (audited)
	 * @throws PkiRefused as {@link #submit}, or for missing or malformed DNS names, or
	 * names outside the permitted domains ({@code zhengtong.pki.permitted-dns-domains})
	 */
	RequestView submitForUnit(String requester, UUID unit, CertificateProfile profile, byte @Nullable [] csr,
			List<String> dnsNames);

	/** Requests for units within the scope, newest first. */
	List<RequestView> unitRequests(AccessScope scope, int limit);

	/** One request for a unit within the scope. */
	Optional<RequestView> unitRequest(UUID id, AccessScope scope);

	/**
	 * Certificates issued in the name of units within the scope (their staff's and the
	 * units' own), newest first.
	 */
	List<CertificateView> unitCertificates(AccessScope scope, int limit);

	List<RequestView> pending();

	List<RequestView> requestsOf(String holder);

	/**
	 * Issues the certificate of a request with a CSR; a request for a generated key waits
	 * for its holder to {@link #collect} it (empty).
	 * @throws PkiRefused when the operator made the request or is its holder, or it is
	 * decided (also by another operator at the same moment: of parallel approvals one
	 * issues, the others are refused), or its DNS names are no longer permitted; each
	 * refusal changes nothing and is audited
	 */
	Optional<CertificateView> approve(UUID request, String operator);

	/**
	 * Approves with an 意见 kept in the request's 办理过程, as {@link #approve(UUID, String)}.
	 * A request someone has just decided is refused by the case-work core
	 * ({@code casework.refused.alreadyDone}, naming who and when).
	 */
	Optional<CertificateView> approve(UUID request, String operator, @Nullable String opinion);

	/**
	 * Rejects with a reason, the 意见 of the request's approval task.
	 * @throws PkiRefused without a reason, or as {@link #approve(UUID, String)}
	 */

	void reject(UUID request, String operator, String reason);

	List<CertificateView> certificatesOf(String holder);

	/** The most recently issued certificates, for RA operators. */
	List<CertificateView> recent(int limit);

	/**
	 * Issued certificates for RA operators, newest first, at most {@code limit}.
	 * @param unit only those issued in this unit's name, or {@code null}
	 * @param state VALID, REVOKED or EXPIRED, or {@code null} for all
	 * @param expiringWithinDays only valid ones expiring within so many days, or
	 * {@code null}
	 */
	List<CertificateView> search(@Nullable UUID unit, @Nullable String state, @Nullable Integer expiringWithinDays,
			int limit);

	Optional<CertificateView> certificate(String serial);

	/** The certificate in PEM. */
	Optional<String> pem(String serial);

	/**
	 * Revokes with an RFC 5280 reason; the next CRL lists it.
	 * @throws PkiRefused when it is already revoked
	 */
	void revoke(String serial, int reason, String actor);

}
