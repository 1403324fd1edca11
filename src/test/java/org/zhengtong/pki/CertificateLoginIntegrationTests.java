package org.zhengtong.pki;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 证书登录 over mutual TLS: Java's HTTP client presents a staff certificate from a PKCS#12
 * and is signed in without a password; once the certificate is revoked the very next
 * request on that session gets the 401 page, and the refusal is audited. A client without
 * a certificate is just an anonymous visitor.
 */
@IntegrationTest
class CertificateLoginIntegrationTests {

	@Autowired
	WebServerApplicationContext server;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	CertificateRequests requests;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	AuditManagement audit;

	@Test
	void a_staff_certificate_signs_in_over_mutual_tls_until_it_is_revoked() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市证书登录局", "证书登录局", "Certificate Login Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String holder = "mtls" + tag;
		String operator = "mtlsra" + tag;
		accounts.create(holder, "证书用户", org.zhengtong.identity.AccountKind.STAFF, null, "Qinchuan@2026", false,
				AccountManagement.SYSTEM);
		accounts.grant(holder, Role.STAFF, AccountManagement.SYSTEM);
		accounts.appoint(holder, new StaffPost(unit, null, "科员", true, null), AccountManagement.SYSTEM);
		accounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null), AccountManagement.SYSTEM);
		accounts.grant(operator, Role.RA_OPERATOR, AccountManagement.SYSTEM);
		KeyPair keys = Pkcs.p256();
		requests.submit(holder, Pkcs.csr(keys, "CN=me").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf(holder).get(0).id(), operator).orElseThrow();
		Certificate certificate = CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(
					requests.pem(issued.serial()).orElseThrow().getBytes(StandardCharsets.US_ASCII)));

		HttpClient withCertificate = client(keys, certificate);
		HttpResponse<String> workbench = withCertificate.send(request("/workbench"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(workbench.statusCode())
			.as("signed in without a password: " + workbench.headers().firstValue("Location"))
			.isEqualTo(200);
		assertThat(workbench.body()).contains(holder, "工作台");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, holder, "identity.login", Outcome.SUCCESS, null), 0, 5))
				.isNotEmpty());

		requests.revoke(issued.serial(), 1, holder);

		HttpResponse<String> refused = withCertificate.send(request("/workbench"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("这张证书不能用于登录");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, null, "identity.certificate-login", Outcome.FAILED, issued.serial()), 0,
					5))
				.isNotEmpty());

		HttpResponse<String> anonymous = client(null, null).send(request("/workbench"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).as("no certificate: the login page").isEqualTo(302);
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort() + path))
			.header("Accept", "text/html")
			.GET()
			.build();
	}

	private int tlsPort() {
		for (Connector connector : ((TomcatWebServer) server.getWebServer()).getTomcat()
			.getService()
			.findConnectors()) {
			if (connector.getSecure()) {
				return connector.getLocalPort();
			}
		}
		throw new AssertionError("No HTTPS connector");
	}

	private HttpClient client(KeyPair keys, Certificate certificate) throws Exception {
		KeyStore trusted = KeyStore.getInstance("PKCS12");
		trusted.load(null, null);
		trusted.setCertificateEntry("root", authority.root(Hierarchy.STANDARD));
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		KeyManagerFactory identity = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		KeyStore own = KeyStore.getInstance("PKCS12");
		own.load(null, null);
		if (keys != null) {
			own.setKeyEntry("me", keys.getPrivate(), "x".toCharArray(), new Certificate[] { certificate,
					authority.chain(Hierarchy.STANDARD).get(0), authority.root(Hierarchy.STANDARD) });
		}
		identity.init(own, "x".toCharArray());
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(identity.getKeyManagers(), trust.getTrustManagers(), null);
		return HttpClient.newBuilder()
			.sslContext(context)
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

}
