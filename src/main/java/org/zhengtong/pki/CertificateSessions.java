package org.zhengtong.pki;

import java.util.Optional;

/**
 * 证书会话: whether the current request's session was opened with a certificate (certificate
 * login over mutual TLS) and with which one. Acts that the rules reserve for a person who
 * proved who they are with a certificate — using a unit's 电子印章 — ask here.
 */
public interface CertificateSessions {

	/**
	 * The certificate the current request's session was opened with, when that
	 * certificate is still valid (unrevoked, unexpired) and its holder is the signed-in
	 * user; empty outside a request, for a password or SMS session, or when the
	 * certificate has since been revoked or has expired.
	 */
	Optional<CertificateView> current();

}
