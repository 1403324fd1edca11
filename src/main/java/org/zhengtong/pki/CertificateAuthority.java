package org.zhengtong.pki;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The platform's certificate authorities and what they publish. */
public interface CertificateAuthority {

	/** The root CA certificate of a hierarchy (to install as trusted). */
	X509Certificate root(Hierarchy hierarchy);

	/** The current issuing CA certificate followed by the root. */
	List<X509Certificate> chain(Hierarchy hierarchy);

	/**
	 * An issuing CA of the hierarchy by generation (1 = the first; each CA rollover makes
	 * the next), current or retired.
	 */
	Optional<X509Certificate> issuing(Hierarchy hierarchy, int generation);

	/**
	 * The CRL (DER) of the hierarchy's first issuing CA, at {@code /pki/crl}: the address
	 * the certificates issued before CA rollover existed carry. Each CRL is made anew
	 * when the last one is half-way to its next update or a certificate was revoked
	 * since.
	 */
	byte[] crl(Hierarchy hierarchy);

	/**
	 * The CRL of an issuing CA by generation (the CRL distribution point of the
	 * certificates it issued), empty for a generation that does not exist.
	 */
	Optional<byte[]> crl(Hierarchy hierarchy, int generation);

	/** The root's CRL (DER): the issuing CAs it revoked. */
	byte[] rootCrl(Hierarchy hierarchy);

	/**
	 * A certificate's status by serial number (hexadecimal, any case, colons allowed).
	 */
	Optional<CertificateStatus> status(String serial);

	/**
	 * Answers a DER-encoded OCSP request (RFC 6960) with a DER response signed by the
	 * issuing CA (current or retired) of the certificates asked about; a request that
	 * cannot be read gets the malformed-request answer.
	 */
	byte[] ocsp(Hierarchy hierarchy, byte[] request);

	/**
	 * The platform's own TLS server certificate, issued on first start, with its chain.
	 */
	List<X509Certificate> serverCertificate();

}
