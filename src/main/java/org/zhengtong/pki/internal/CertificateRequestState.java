package org.zhengtong.pki.internal;

/**
 * The states of a certificate request's case ({@code pki.certificate-request}):
 * submitted, waiting for an RA operator, then rejected, or approved and issued at once (a
 * CSR) or collected by its holder (a key the platform makes).
 */
enum CertificateRequestState {

	SUBMITTED, PENDING, APPROVED, REJECTED, ISSUED, COLLECTED

}
