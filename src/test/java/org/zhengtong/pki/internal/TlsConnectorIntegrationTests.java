package org.zhengtong.pki.internal;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.testing.Https;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The HTTPS connector as a client meets it, over real TLS: a client certificate the
 * platform will not accept (expired, another CA's, self-signed) still gets through the
 * handshake and is answered with the readable 401 page and an audit entry, never a TLS
 * alert; only AEAD suites are offered, in the server's order; HSTS from this non-default
 * port does not claim the subdomains.
 */
@IntegrationTest
class TlsConnectorIntegrationTests {

	@Autowired
	WebServerApplicationContext server;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	CaKeys keys;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	@Test
	void an_expired_certificate_of_our_own_ca_gets_the_401_page_and_an_audit_entry() throws Exception {
		KeyPair holder = Pkcs.p256();
		Instant now = Instant.now();
		X509Certificate expired = ourCertificate(holder, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)),
				false);

		assertRefusedWithThePage(holder, expired, expired.getSerialNumber().toString(16), "EXPIRED");
	}

	@Test
	void a_revoked_certificate_repeated_on_every_request_writes_one_entry_a_minute() throws Exception {
		KeyPair holder = Pkcs.p256();
		Instant now = Instant.now();
		X509Certificate revoked = ourCertificate(holder, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
				true);
		String serial = revoked.getSerialNumber().toString(16);
		long minuteBefore = Instant.now().getEpochSecond() / 60;
		HttpClient browser = client(holder, revoked);
		for (String path : List.of("/workbench", "/assets/css/site.css", "/assets/js/site.js", "/", "/workbench",
				"/assets/css/site.css", "/assets/js/site.js", "/")) {
			HttpResponse<String> answer = browser.send(request(path), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isEqualTo(401);
		}
		long minuteAfter = Instant.now().getEpochSecond() / 60;

		List<?> entries = audit
			.search(new AuditQuery(null, null, null, "identity.certificate-login", Outcome.FAILED, serial), 0, 20);
		assertThat(entries).as("one entry per certificate and minute, not one per request")
			.hasSize((int) (minuteAfter - minuteBefore + 1));
		assertThat(entries.get(0).toString()).contains("REVOKED");
	}

	@Test
	void a_certificate_of_another_ca_gets_the_401_page_and_an_audit_entry() throws Exception {
		KeyPair foreignCa = Pkcs.p256();
		KeyPair holder = Pkcs.p256();
		Instant now = Instant.now();
		X509Certificate foreign = certificate(new X500Name("CN=Another CA"), "SHA256withECDSA", foreignCa.getPrivate(),
				holder, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));

		assertRefusedWithThePage(holder, foreign, foreign.getSerialNumber().toString(16), "FOREIGN");
	}

	@Test
	void a_self_signed_certificate_gets_the_401_page_and_an_audit_entry() throws Exception {
		KeyPair holder = Pkcs.p256();
		Instant now = Instant.now();
		X509Certificate selfSigned = certificate(new X500Name("CN=me"), "SHA256withECDSA", holder.getPrivate(), holder,
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));

		assertRefusedWithThePage(holder, selfSigned, selfSigned.getSerialNumber().toString(16), "FOREIGN");
	}

	@Test
	void only_aead_suites_are_offered_and_the_servers_order_wins() throws Exception {
		String[] cbc = { "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
				"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384",
				"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
				"TLS_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_GCM_SHA256" };
		assertThatExceptionOfType(SSLHandshakeException.class).as("CBC suites and static RSA are refused")
			.isThrownBy(() -> handshake("TLSv1.2", cbc));

		String weakestFirst = handshake("TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
				"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
				"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
		assertThat(weakestFirst).as("the server's order, not the client's").contains("AES_256_GCM");
		assertThat(handshake("TLSv1.3", "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384"))
			.isEqualTo("TLS_AES_256_GCM_SHA384");
	}

	@Test
	void hsts_from_a_port_other_than_443_does_not_claim_the_subdomains() throws Exception {
		HttpResponse<String> page = client(null, null).send(request("/"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=").doesNotContain("includeSubDomains"));
		// testssl.sh sends "Host: localhost", as if the client had reached port 443.
		try (SSLSocket socket = (SSLSocket) context(null, null).getSocketFactory()
			.createSocket("localhost", tlsPort())) {
			socket.getOutputStream()
				.write("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).containsIgnoringCase("Strict-Transport-Security: max-age=")
				.doesNotContain("includeSubDomains");
		}
	}

	/** BREACH: no compressed answer where TLS ends in this process. */
	@Test
	void nothing_is_compressed_over_the_https_connector_not_even_a_cached_page() throws Exception {
		HttpClient client = client(null, null);
		for (int i = 0; i < 2; i++) {
			HttpResponse<byte[]> page = client
				.send(HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort() + "/"))
					.header("Accept-Encoding", "gzip, deflate, br")
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.headers().firstValue("Content-Encoding")).as("answer %d", i).isEmpty();
			assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<html");
		}
	}

	private void assertRefusedWithThePage(KeyPair holder, X509Certificate certificate, String serial, String why)
			throws Exception {
		HttpResponse<String> refused = client(holder, certificate).send(request("/workbench"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("这张证书不能用于登录");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, "identity.certificate-login", Outcome.FAILED, serial), 0, 5))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.toString()).contains(why)));
	}

	/**
	 * A login certificate our issuing CA signed and recorded, valid between the dates, or
	 * revoked.
	 */
	private X509Certificate ourCertificate(KeyPair holder, Instant from, Instant until, boolean revoked)
			throws Exception {
		record Issuing(UUID id, X509Certificate certificate, PrivateKey key) {
		}
		Issuing issuing = jdbc.queryForObject(
				"""
						SELECT id, certificate, private_key FROM pki_authority WHERE hierarchy = 'STANDARD' AND level = 'ISSUING'
						ORDER BY created_at DESC LIMIT 1""",
				(row, number) -> new Issuing(row.getObject("id", UUID.class), certificate(row.getBytes("certificate")),
						keys.open(row.getBytes("private_key"))));
		X509Certificate certificate = certificate(
				X500Name.getInstance(issuing.certificate().getSubjectX500Principal().getEncoded()),
				issuing.certificate().getPublicKey().getAlgorithm().equals("RSA") ? "SHA256withRSA" : "SHA256withECDSA",
				issuing.key(), holder, from, until);
		jdbc.update(
				"""
						INSERT INTO pki_certificate (issuer_id, serial, profile, subject, holder, not_before, not_after,
						    certificate, status, revoked_at, created_at) VALUES (?, ?, 'STAFF_AUTH', 'CN=someone', NULL, ?, ?, ?, ?, ?, ?)""",
				issuing.id(), certificate.getSerialNumber().toString(16), Timestamp.from(from), Timestamp.from(until),
				certificate.getEncoded(), revoked ? "REVOKED" : "VALID", revoked ? Timestamp.from(Instant.now()) : null,
				Timestamp.from(from));
		return certificate;
	}

	/** A client-authentication certificate for the key, signed by the issuer's key. */
	private static X509Certificate certificate(X500Name issuer, String algorithm, PrivateKey issuerKey, KeyPair subject,
			Instant from, Instant until) throws Exception {
		byte[] random = new byte[12];
		new SecureRandom().nextBytes(random);
		BigInteger serial = new BigInteger(1, random).setBit(94);
		var builder = new JcaX509v3CertificateBuilder(issuer, serial, Date.from(from), Date.from(until),
				new X500Name("CN=someone"), subject.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
		return new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
	}

	private static X509Certificate certificate(byte[] der) {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (java.security.cert.CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The suite a handshake with only these suites enabled agrees on. */
	private String handshake(String protocol, String... suites) throws Exception {
		try (SSLSocket socket = (SSLSocket) context(null, null).getSocketFactory()
			.createSocket("localhost", tlsPort())) {
			socket.setEnabledProtocols(new String[] { protocol });
			socket.setEnabledCipherSuites(suites);
			socket.startHandshake();
			return socket.getSession().getCipherSuite();
		}
	}

	private HttpRequest request(String path) {
		return Https.page(server, path);
	}

	private int tlsPort() {
		return Https.port(server);
	}

	private HttpClient client(KeyPair keys, X509Certificate certificate) throws Exception {
		return HttpClient.newBuilder()
			.sslContext(context(keys, certificate))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * Trusts our root; presents the certificate whatever CAs the server names, as curl or
	 * a browser told to use it would.
	 */
	private SSLContext context(KeyPair keys, X509Certificate certificate) throws Exception {
		return Https.trustingOnly(authority.root(Hierarchy.STANDARD),
				keys == null ? null : new X509ExtendedKeyManager[] { new Presenting(keys, certificate) });
	}

	private static final class Presenting extends X509ExtendedKeyManager {

		private final KeyPair keys;

		private final X509Certificate certificate;

		Presenting(KeyPair keys, X509Certificate certificate) {
			this.keys = keys;
			this.certificate = certificate;
		}

		@Override
		public String[] getClientAliases(String keyType, Principal[] issuers) {
			return new String[] { "me" };
		}

		@Override
		public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
			return "me";
		}

		@Override
		public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
			return "me";
		}

		@Override
		public String[] getServerAliases(String keyType, Principal[] issuers) {
			return null;
		}

		@Override
		public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
			return null;
		}

		@Override
		public X509Certificate[] getCertificateChain(String alias) {
			return new X509Certificate[] { certificate };
		}

		@Override
		public PrivateKey getPrivateKey(String alias) {
			return keys.getPrivate();
		}

	}

}
