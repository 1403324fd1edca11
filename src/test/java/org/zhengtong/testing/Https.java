package org.zhengtong.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.catalina.connector.Connector;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The running platform's HTTPS connector (certificate login) as a client reaches it. */
public final class Https {

	private Https() {
	}

	/** The port the HTTPS connector took (tests ask for any free one). */
	public static int port(WebServerApplicationContext server) {
		for (Connector connector : ((TomcatWebServer) server.getWebServer()).getTomcat()
			.getService()
			.findConnectors()) {
			if (connector.getSecure()) {
				return connector.getLocalPort();
			}
		}
		throw new AssertionError("No HTTPS connector");
	}

	/** A browser's GET of a page over the HTTPS connector. */
	public static HttpRequest page(WebServerApplicationContext server, String path) {
		return HttpRequest.newBuilder(URI.create("https://localhost:" + port(server) + path))
			.header("Accept", "text/html")
			.GET()
			.build();
	}

	/**
	 * TLS that trusts our root only and presents what the key managers hold (none: no
	 * client certificate).
	 */
	public static SSLContext trustingOnly(X509Certificate root, KeyManager @Nullable [] keys) throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("root", root);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keys, trust.getTrustManagers(), null);
		return context;
	}

}
