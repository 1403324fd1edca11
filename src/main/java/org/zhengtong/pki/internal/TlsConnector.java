package org.zhengtong.pki.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The HTTPS connector ({@code zhengtong.tls.port}, 8443 by default, 0 for any free port,
 * -1 for none) with the server certificate our own CA issued. It asks for a client
 * certificate without insisting ("want") and without judging it: the application checks
 * issuer, revocation and expiry, so a refused certificate gets a readable page instead of
 * a TLS alert.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "zhengtong.command", havingValue = "none", matchIfMissing = true)
class TlsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final CertificateAuthorityService authorities;

	private final int port;

	TlsConnector(CertificateAuthorityService authorities, @Value("${zhengtong.tls.port:8443}") int port) {
		this.authorities = authorities;
		this.port = port;
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
		connector.setScheme("https");
		connector.setSecure(true);
		Http11NioProtocol protocol = (Http11NioProtocol) connector.getProtocolHandler();
		protocol.setSSLEnabled(true);
		SSLHostConfig ssl = new SSLHostConfig();
		ssl.setProtocols("TLSv1.2+TLSv1.3");
		ssl.setCertificateVerification("optional_no_ca");
		// Not to judge certificates (optional_no_ca does not) but to name our CAs in the
		// certificate request, so clients offer the certificate we issued them.
		ssl.setTrustStore(authorities.trustStore());
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
