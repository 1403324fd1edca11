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
import java.util.List;
import java.util.UUID;

import javax.net.ssl.KeyManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.Https;
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
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	AuditManagement audit;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void a_staff_certificate_signs_in_over_mutual_tls_until_it_is_revoked() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市证书登录局", "证书登录局", "Certificate Login Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String holder = "mtls" + tag;
		String operator = "mtlsra" + tag;
		platformAccounts.create(holder, "证书用户", org.zhengtong.identity.AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(holder, IdentityRoles.STAFF);
		platformAccounts.appoint(holder, new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
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

	@Test
	void a_certificate_only_account_answers_a_right_password_as_a_wrong_one_and_signs_in_with_its_certificate()
			throws Exception {
		Holder holder = holderWithCertificate(IdentityRoles.STAFF);
		platformAccounts.setCertificateOnly(holder.username(), true);

		HttpClient noCertificate = client(null, null);
		HttpResponse<String> right = login(noCertificate, holder.username(), "Qinchuan@2026");
		HttpResponse<String> wrong = login(client(null, null), holder.username(), "wrong-password");
		assertThat(right.headers().firstValue("Location")).as("no oracle: the same answer as a wrong password")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"))
			.isEqualTo(wrong.headers().firstValue("Location"));
		assertThat(noCertificate.send(request("/login?error"), HttpResponse.BodyHandlers.ofString()).body())
			.contains("须用数字证书登录的账户");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, null, "identity.login-refused", Outcome.DENIED, holder.username()), 0,
					5))
				.hasSize(2));

		assertThat(client(holder.keys(), holder.certificate())
			.send(request("/workbench"), HttpResponse.BodyHandlers.ofString())
			.statusCode()).as("the certificate still signs in").isEqualTo(200);
	}

	@Test
	void an_administrator_signs_in_with_certificate_and_password_together_once_they_hold_a_certificate()
			throws Exception {
		Holder admin = holderWithCertificate(IdentityRoles.AUDIT_ADMIN);
		HttpClient passwordOnly = client(null, null);
		HttpResponse<String> refused = login(passwordOnly, admin.username(), "Qinchuan@2026");
		HttpResponse<String> wrong = login(client(null, null), admin.username(), "Wrong@2026pass");
		assertThat(refused.headers().firstValue("Location")).as("a right password answers as a wrong one")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"))
			.isEqualTo(wrong.headers().firstValue("Location"));

		HttpClient withCertificate = client(admin.keys(), admin.certificate());
		HttpResponse<String> certificateOnly = withCertificate.send(request("/workbench"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(certificateOnly.statusCode()).as("the certificate alone does not sign an administrator in")
			.isEqualTo(302);

		HttpResponse<String> both = login(withCertificate, admin.username(), "Qinchuan@2026");
		assertThat(both.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("/workbench"));
		HttpResponse<String> workbench = withCertificate.send(request("/admin/audit"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(workbench.statusCode()).isEqualTo(200);

		Holder someoneElse = holderWithCertificate(IdentityRoles.STAFF);
		HttpResponse<String> borrowed = login(client(someoneElse.keys(), someoneElse.certificate()), admin.username(),
				"Qinchuan@2026");
		assertThat(borrowed.headers().firstValue("Location")).as("another person's certificate does not count")
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));

		requests.revoke(admin.serial(), 1, admin.username());
		assertThat(withCertificate.send(request("/admin/audit"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.as("revoked: the session ends")
			.isEqualTo(401);
	}

	@Test
	void certificate_and_password_get_an_administrator_in_whatever_password_only_failures_came_before()
			throws Exception {
		Holder admin = holderWithCertificate(IdentityRoles.SECURITY_ADMIN);
		// The attacker shares the administrator's address (both are this machine here).
		for (int i = 0; i < 8; i++) {
			assertThat(login(client(null, null), admin.username(), "Guess@" + i).headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?error"));
		}
		// And failures by password alone from here, before the certificate was issued,
		// had
		// blocked this address and locked the account.
		for (String source : List.of("127.0.0.1", "0:0:0:0::/64")) {
			jdbc.update("""
					INSERT INTO identity_login_failure (account_id, source, failures, first_at, blocked_until)
					SELECT id, ?, 5, now(), now() + interval '15 minutes' FROM identity_account WHERE username = ?""",
					source, admin.username());
		}
		jdbc.update("UPDATE identity_account SET locked_until = now() + interval '15 minutes' WHERE username = ?",
				admin.username());

		HttpClient withCertificate = client(admin.keys(), admin.certificate());
		HttpResponse<String> both = login(withCertificate, admin.username(), "Qinchuan@2026");
		assertThat(both.headers().firstValue("Location")).as("certificate and password: never held back")
			.hasValueSatisfying((location) -> assertThat(location).contains("/workbench"));
		assertThat(withCertificate.send(request("/admin/roles"), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
	}

	@Autowired
	org.springframework.test.web.servlet.assertj.MockMvcTester mvc;

	@Test
	void behind_a_trusted_reverse_proxy_the_certificate_it_passes_signs_in_and_nobody_else_can_pass_one()
			throws Exception {
		Holder holder = holderWithCertificate(IdentityRoles.STAFF);
		String header = java.net.URLEncoder.encode(Pkcs.pem(holder.certificate()), StandardCharsets.US_ASCII)
			.replace("+", "%20");
		assertThat(mvc.get().uri("/workbench").header("X-SSL-Client-Cert", header).with((request) -> {
			request.setRemoteAddr("192.0.2.10");
			return request;
		}).exchange()).as("from the proxy").hasStatusOk().bodyText().contains(holder.username());
		assertThat(mvc.get().uri("/workbench").header("X-SSL-Client-Cert", header).with((request) -> {
			request.setRemoteAddr("203.0.113.5");
			return request;
		}).exchange()).as("from anyone else: an anonymous visitor").hasStatus(302);

		requests.revoke(holder.serial(), 1, holder.username());
		assertThat(mvc.get().uri("/workbench").header("X-SSL-Client-Cert", header).with((request) -> {
			request.setRemoteAddr("192.0.2.10");
			return request;
		}).exchange()).as("revoked").hasStatus(401);
	}

	record Holder(String username, KeyPair keys, Certificate certificate, String serial) {
	}

	/** A new account with a password, the role, a post, and a login certificate. */
	private Holder holderWithCertificate(Role role) throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT,
					new UnitNames("秦川市证书登录局" + tag, "证书登录局", "Certificate Login Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		String holder = "mtls" + tag;
		String operator = "mtlsra" + tag;
		platformAccounts.create(holder, "证书用户", org.zhengtong.identity.AccountKind.STAFF, null, "Qinchuan@2026", false);
		platformAccounts.grant(holder, IdentityRoles.STAFF);
		if (role != IdentityRoles.STAFF) {
			platformAccounts.grant(holder, role);
		}
		platformAccounts.appoint(holder, new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		KeyPair keys = Pkcs.p256();
		requests.submit(holder, Pkcs.csr(keys, "CN=me").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf(holder).get(0).id(), operator).orElseThrow();
		Certificate certificate = CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(
					requests.pem(issued.serial()).orElseThrow().getBytes(StandardCharsets.US_ASCII)));
		return new Holder(holder, keys, certificate, issued.serial());
	}

	/** The login form as a browser sends it (CSRF token from the page). */
	private HttpResponse<String> login(HttpClient client, String username, String password) throws Exception {
		String page = client.send(request("/login"), HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(token.find()).as(page).isTrue();
		String form = "username=" + username + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
		return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + tlsPort() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path) {
		return Https.page(server, path);
	}

	private int tlsPort() {
		return Https.port(server);
	}

	private HttpClient client(KeyPair keys, Certificate certificate) throws Exception {
		KeyManagerFactory identity = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		KeyStore own = KeyStore.getInstance("PKCS12");
		own.load(null, null);
		if (keys != null) {
			own.setKeyEntry("me", keys.getPrivate(), "x".toCharArray(), new Certificate[] { certificate,
					authority.chain(Hierarchy.STANDARD).get(0), authority.root(Hierarchy.STANDARD) });
		}
		identity.init(own, "x".toCharArray());
		return HttpClient.newBuilder()
			.sslContext(Https.trustingOnly(authority.root(Hierarchy.STANDARD), identity.getKeyManagers()))
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

}
