package org.zhengtong.pki.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.zhengtong.platform.RunningPlatformOnly;

/**
 * The HTTPS connector ({@code zhengtong.tls.port}, 8443 by default, 0 for any free port,
 * -1 for none) with the server certificate our own CA issued, on {@code server.address}
 * like the HTTP connector. It asks for a client certificate without insisting ("want")
 * and without judging it ({@link AnyClientCertificate}): the application checks issuer,
 * revocation and expiry, so a refused certificate gets a readable page instead of a TLS
 * alert. TLS 1.2 and 1.3 with AEAD suites only (no CBC), in the server's order.
 */
@Component
@ConditionalOnWebApplication
@RunningPlatformOnly
class TlsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final CertificateAuthorityService authorities;

	/** TLS 1.3: all three of its suites are AEAD; strongest first. */
	static final List<String> TLS13_SUITES = List.of("TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
			"TLS_AES_128_GCM_SHA256");

	/**
	 * TLS 1.2: forward secrecy and authenticated encryption only, strongest first, for
	 * ECDSA and RSA server keys. No CBC (Lucky13, padding oracles), no static RSA key
	 * exchange.
	 */
	static final List<String> TLS12_SUITES = List.of("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
			"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
			"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
			"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

	private final int port;

	private final @Nullable String address;

	TlsConnector(CertificateAuthorityService authorities, @Value("${zhengtong.tls.port:8443}") int port,
			@Value("${server.address:}") @Nullable String address) {
		this.authorities = authorities;
		this.port = port;
		this.address = address;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (port < 0) {
			return;
		}
		// The server certificate must exist before the connector: on first start, make it
		// now.
		authorities.bootstrap();
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		char[] password = Base64.getEncoder().encodeToString(random).toCharArray();
		Connector connector = new Connector(Http11NioProtocol.class.getName());
		connector.setPort(port);
		if (StringUtils.hasText(address)) {
			connector.setProperty("address", address);
		}
		connector.setScheme("https");
		// OCSP GET requests carry base64 with '/' sent as %2F (RFC 6960 appendix A), as
		// on
		// the HTTP connector (OcspGetFilter); Spring Security still refuses %2F
		// elsewhere.
		connector.setEncodedSolidusHandling("passthrough");
		connector.setSecure(true);
		Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
		protocol.setSSLEnabled(true);
		SSLHostConfig ssl = new SSLHostConfig();
		ssl.setProtocols("TLSv1.2+TLSv1.3");
		ssl.setCiphers(String.join(",", TLS12_SUITES));
		ssl.setCipherSuites(String.join(":", TLS13_SUITES));
		ssl.setHonorCipherOrder(true);
		ssl.setCertificateVerification("optional");
		// JSSE's own trust manager (what a trust store gives) ends the handshake with an
		// alert for an expired, foreign or self-signed certificate; this one lets each
		// through to CertificateLoginFilter and names our CAs in the certificate request.
		AnyClientCertificate.name(authorities.trustStore());
		ssl.setTrustManagerClassName(AnyClientCertificate.class.getName());
		SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl,
				SSLHostConfigCertificate.Type.UNDEFINED);
		certificate.setCertificateKeystore(authorities.serverKeyStore(password));
		certificate.setCertificateKeystorePassword(new String(password));
		certificate.setCertificateKeyAlias("server");
		ssl.addCertificate(certificate);
		connector.addSslHostConfig(ssl);
		factory.addAdditionalConnectors(connector);
	}

}
