package org.zhengtong.pki.internal;

import java.net.Socket;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTPS connector's trust manager for client certificates: it lets every client
 * certificate through the handshake (expired, revoked, another CA's, self-signed) so that
 * {@link CertificateLoginFilter} judges it and answers with a readable 401 page and an
 * audit entry instead of a TLS alert nobody can read (decisions.md, PKI). The handshake
 * still proves the client holds the certificate's key (CertificateVerify); the issuers it
 * names in its certificate request are our CAs, so browsers offer the certificates we
 * issued first. It judges no server: the connector never acts as a TLS client.
 *
 * <p>
 * Tomcat builds it from its class name ({@code SSLHostConfig#setTrustManagerClassName}),
 * so it is public with a no-argument constructor and takes the CAs to name from
 * {@link #name(KeyStore)}, which {@link TlsConnector} calls before the connector starts.
 */
public final class AnyClientCertificate extends X509ExtendedTrustManager {

	private static volatile X509Certificate[] named = new X509Certificate[0];

	/** The certificates of the keystore become the CAs named in certificate requests. */
	static void name(KeyStore authorities) {
		try {
			List<X509Certificate> certificates = new ArrayList<>();
			for (String alias : Collections.list(authorities.aliases())) {
				if (authorities.getCertificate(alias) instanceof X509Certificate certificate) {
					certificates.add(certificate);
				}
			}
			named = certificates.toArray(X509Certificate[]::new);
		}
		catch (KeyStoreException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		present(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		present(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		present(chain);
	}

	private static void present(X509Certificate[] chain) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("No client certificate");
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("The HTTPS connector trusts no server");
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		throw new CertificateException("The HTTPS connector trusts no server");
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		throw new CertificateException("The HTTPS connector trusts no server");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return named.clone();
	}

}
