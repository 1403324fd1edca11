package org.zhengtong.pki;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** The platform's certificate authorities and what they publish. */
public interface CertificateAuthority {

	/** The root CA certificate of a hierarchy (to install as trusted). */
	X509Certificate root(Hierarchy hierarchy);

	/** The issuing CA certificate followed by the root. */
	List<X509Certificate> chain(Hierarchy hierarchy);

	/**
	 * The current CRL of the hierarchy's issuing CA (DER), made anew when the last one is
	 * half-way to its next update or a certificate was revoked since.
	 */
	byte[] crl(Hierarchy hierarchy);

	/**
	 * A certificate's status by serial number (hexadecimal, any case, colons allowed).
	 */
	Optional<CertificateStatus> status(String serial);

	/**
	 * Answers a DER-encoded OCSP request (RFC 6960) with a signed DER response; a request
	 * that cannot be read gets the malformed-request answer.
	 */
	byte[] ocsp(Hierarchy hierarchy, byte[] request);

	/**
	 * The platform's own TLS server certificate, issued on first start, with its chain.
	 */
	List<X509Certificate> serverCertificate();

}
