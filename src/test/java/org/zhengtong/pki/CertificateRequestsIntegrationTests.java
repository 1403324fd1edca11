package org.zhengtong.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The RA from request to revocation: a member of staff sends a CSR, an RA operator
 * approves it, openssl verifies the certificate against /pki/chain.pem, the holder
 * revokes it and the CRL lists it. Bad requests are refused with a reason and issue
 * nothing; an operator never decides their own request; nobody else reaches a holder's
 * certificate.
 */
@IntegrationTest
class CertificateRequestsIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests requests;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@TempDir
	Path directory;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	String staff;

	String operator;

	UUID unit;

	@BeforeEach
	void aMemberOfStaffAndAnRaOperator() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市证书测试局", "证书测试局", "Certificate Test Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		staff = "holder" + tag;
		operator = "ra" + tag;
		platformAccounts.createStaff(staff, "持证人", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
	}

	@Test
	void a_request_approved_by_an_operator_is_a_certificate_openssl_accepts_until_it_is_revoked() throws Exception {
		Pkcs.assumeOpenssl();
		MvcTestResult sent = mvc.post()
			.uri("/workbench/certificates/requests")
			.param("csr", Pkcs.csr(Pkcs.p256(), "CN=anything the applicant wrote"))
			.with(as(staff))
			.with(csrf())
			.exchange();
		assertThat(sent).flash().containsEntry("success", "pki.request.submitted");
		RequestView request = requests.requestsOf(staff).get(0);
		assertThat(mvc.get().uri("/admin/ra").with(as(operator)).exchange()).bodyText().contains(staff);

		MvcTestResult approved = mvc.post()
			.uri("/admin/ra/requests/{id}/approve", request.id())
			.with(as(operator))
			.with(csrf())
			.exchange();
		assertThat(approved).flash().containsEntry("success", "pki.request.approved");
		CertificateView issued = requests.certificatesOf(staff).get(0);
		assertThat(issued.subject()).contains("CN=持证人", "UID=" + staff, "O=秦川市证书测试局")
			.doesNotContain("anything the applicant wrote");

		Path chain = write("chain.pem",
				mvc.get().uri("/pki/chain.pem").exchange().getResponse().getContentAsByteArray());
		MvcTestResult download = mvc.get()
			.uri("/workbench/certificates/{s}/certificate.pem", issued.serial())
			.with(as(staff))
			.exchange();
		Path certificate = write("holder.pem", download.getResponse().getContentAsByteArray());
		assertThat(Pkcs.openssl("verify", "-CAfile", chain.toString(), "-purpose", "sslclient", certificate.toString()))
			.contains("holder.pem: OK");
		String chainText = Files.readString(chain);
		Path issuing = write("issuing.pem", chainText.substring(0, chainText.indexOf("-----END CERTIFICATE-----") + 25)
			.getBytes(StandardCharsets.US_ASCII));
		String[] ocsp = { "ocsp", "-issuer", issuing.toString(), "-cert", certificate.toString(), "-url",
				"http://localhost:" + port + "/pki/ocsp", "-CAfile", chain.toString() };
		assertThat(Pkcs.openssl(ocsp)).contains("Response verify OK", "holder.pem: good");

		mvc.post()
			.uri("/workbench/certificates/{s}/revoke", issued.serial())
			.param("reason", "1")
			.with(as(staff))
			.with(csrf())
			.exchange();
		Path crl = write("crl.der", mvc.get().uri("/pki/crl").exchange().getResponse().getContentAsByteArray());
		String listed = Pkcs.openssl("crl", "-inform", "DER", "-in", crl.toString(), "-CAfile", chain.toString(),
				"-noout", "-text");
		assertThat(listed).contains("verify OK").containsIgnoringCase(issued.serial()).contains("Key Compromise");
		assertThat(mvc.get().uri("/pki/status?serial={s}", issued.serial()).exchange()).bodyText()
			.contains("已吊销", "私钥泄露");
		assertThat(Pkcs.openssl(ocsp)).as("effective at once").contains("holder.pem: revoked", "Reason: keyCompromise");
	}

	@Test
	void a_key_made_by_the_platform_is_collected_once_as_a_pkcs12_current_openssl_opens() throws Exception {
		Pkcs.assumeOpenssl();
		mvc.post().uri("/workbench/certificates/requests/generated").with(as(staff)).with(csrf()).exchange();
		RequestView request = requests.requestsOf(staff).get(0);
		assertThat(requests.approve(request.id(), operator)).as("nothing issued before collection").isEmpty();
		assertThat(requests.requestsOf(staff).get(0).status()).isEqualTo("APPROVED");

		MvcTestResult tooShort = mvc.post()
			.uri("/workbench/certificates/requests/{id}/collect", request.id())
			.param("password", "short")
			.param("passwordAgain", "short")
			.with(as(staff))
			.with(csrf())
			.exchange();
		assertThat(tooShort).flash().containsEntry("error", "pki.refused.weakPassword");
		assertThat(mvc.post()
			.uri("/workbench/certificates/requests/{id}/collect", request.id())
			.param("password", "Collect@2026")
			.param("passwordAgain", "Collect@2026")
			.with(as(operator))
			.with(csrf())
			.exchange()).as("only the holder collects").flash().containsEntry("error", "pki.refused.notCollectable");

		MvcTestResult collected = mvc.post()
			.uri("/workbench/certificates/requests/{id}/collect", request.id())
			.param("password", "Collect@2026")
			.param("passwordAgain", "Collect@2026")
			.with(as(staff))
			.with(csrf())
			.exchange();
		assertThat(collected).hasStatusOk().hasContentType("application/x-pkcs12");
		Path file = write("holder.p12", collected.getResponse().getContentAsByteArray());
		assertThat(Pkcs.openssl("pkcs12", "-in", file.toString(), "-passin", "pass:Collect@2026", "-nokeys", "-info"))
			.contains("PBES2", "AES-256-CBC", "friendlyName: " + staff);
		assertThat(new ProcessBuilder("/usr/bin/openssl", "pkcs12", "-in", file.toString(), "-passin", "pass:wrong",
				"-nokeys")
			.redirectErrorStream(true)
			.start()
			.waitFor()).as("a wrong password opens nothing").isNotZero();
		assertThat(requests.certificatesOf(staff)).hasSize(1);
		assertThat(mvc.post()
			.uri("/workbench/certificates/requests/{id}/collect", request.id())
			.param("password", "Collect@2026")
			.param("passwordAgain", "Collect@2026")
			.with(as(staff))
			.with(csrf())
			.exchange()).as("once only").flash().containsEntry("error", "pki.refused.notCollectable");
	}

	@Test
	void operators_find_certificates_by_unit_state_and_coming_expiry() throws Exception {
		requests.submit(staff, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf(staff).get(0).id(), operator).orElseThrow();

		assertThat(requests.search(unit, null, null, 50)).extracting(CertificateView::serial)
			.containsExactly(issued.serial());
		assertThat(requests.search(unit, null, 30, 50)).as("valid for two years").isEmpty();
		assertThat(requests.search(unit, null, 800, 50)).hasSize(1);
		requests.revoke(issued.serial(), 4, operator);
		assertThat(requests.search(unit, "VALID", null, 50)).isEmpty();
		assertThat(requests.search(unit, "REVOKED", null, 50)).hasSize(1);
		assertThat(mvc.get().uri("/admin/ra?unit={u}&state=REVOKED", unit).with(as(operator)).exchange()).bodyText()
			.contains(issued.serial(), "已吊销");
	}

	@Test
	void a_renewed_certificate_is_superseded_when_its_successor_is_issued() throws Exception {
		requests.submit(staff, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		CertificateView old = requests.approve(requests.requestsOf(staff).get(0).id(), operator).orElseThrow();

		MvcTestResult renewed = mvc.post()
			.uri("/workbench/certificates/{s}/renew", old.serial())
			.param("csr", Pkcs.csr(Pkcs.p256(), "CN=x"))
			.with(as(staff))
			.with(csrf())
			.exchange();
		assertThat(renewed).flash().containsEntry("success", "pki.renew.submitted");
		assertThat(requests.certificate(old.serial()).orElseThrow().state()).as("valid until the successor comes")
			.isEqualTo("VALID");
		CertificateView successor = requests.approve(requests.requestsOf(staff).get(0).id(), operator).orElseThrow();

		assertThat(successor.state()).isEqualTo("VALID");
		assertThat(requests.certificate(old.serial()).orElseThrow())
			.extracting(CertificateView::state, CertificateView::revocationReason)
			.containsExactly("REVOKED", 4);
		assertThat(mvc.post()
			.uri("/workbench/certificates/{s}/renew", old.serial())
			.param("csr", Pkcs.csr(Pkcs.p256(), "CN=x"))
			.with(as(staff))
			.with(csrf())
			.exchange()).as("a revoked certificate is not renewed")
			.flash()
			.containsEntry("error", "pki.refused.notRenewable");
	}

	@Test
	void someone_who_leaves_their_unit_loses_their_certificates() throws Exception {
		requests.submit(staff, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf(staff).get(0).id(), operator).orElseThrow();

		platformAccounts.deactivate(staff);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(requests.certificate(issued.serial()).orElseThrow())
				.extracting(CertificateView::state, CertificateView::revocationReason)
				.containsExactly("REVOKED", 3));
	}

	@Test
	void a_request_the_responder_cannot_read_gets_the_malformed_answer() {
		MvcTestResult answer = mvc.post()
			.uri("/pki/ocsp")
			.contentType(org.springframework.http.MediaType.parseMediaType("application/ocsp-request"))
			.content(new byte[] { 1, 2, 3 })
			.exchange();
		assertThat(answer).hasStatusOk().hasContentType("application/ocsp-response");
		assertThat(answer.getResponse().getContentAsByteArray()).as("OCSPResponse, status malformedRequest (1)")
			.startsWith(0x30, 0x03, 0x0a, 0x01, 0x01);
	}

	@Test
	void bad_requests_are_refused_with_a_reason_and_issue_nothing() throws Exception {
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(1024);
		for (var csr : List.of("not a request", Pkcs.csr(rsa.generateKeyPair(), "CN=weak"),
				"-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n")) {
			MvcTestResult refused = mvc.post()
				.uri("/workbench/certificates/requests")
				.param("csr", csr)
				.with(as(staff))
				.with(csrf())
				.exchange();
			assertThat(refused).flash().containsKey("error");
		}
		assertThat(requests.requestsOf(staff)).isEmpty();
		assertThat(mvc.post()
			.uri("/workbench/certificates/requests")
			.param("csr", Pkcs.csr(rsa.generateKeyPair(), "CN=weak"))
			.with(as(staff))
			.with(csrf())
			.exchange()).flash().containsEntry("error", "pki.refused.keyNotAllowed");
	}

	@Test
	void an_operator_never_decides_their_own_request_and_nobody_else_reaches_a_certificate() throws Exception {
		mvc.post()
			.uri("/workbench/certificates/requests")
			.param("csr", Pkcs.csr(Pkcs.p256(), "CN=me"))
			.with(as(operator))
			.with(csrf())
			.exchange();
		RequestView own = requests.requestsOf(operator).get(0);

		MvcTestResult refused = mvc.post()
			.uri("/admin/ra/requests/{id}/approve", own.id())
			.with(as(operator))
			.with(csrf())
			.exchange();

		assertThat(refused).flash().containsEntry("error", "pki.refused.selfApproval");
		assertThat(requests.requestsOf(operator).get(0).status()).isEqualTo("PENDING");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, operator, "pki.request-approved", Outcome.DENIED, null), 0, 5))
				.hasSize(1));
		assertThat(mvc.get().uri("/admin/ra").with(as(staff)).exchange()).as("staff are not RA operators")
			.hasStatus(403);

		requests.submit(staff, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		CertificateView issued = requests.approve(requests.requestsOf(staff).get(0).id(), operator).orElseThrow();
		String stranger = "stranger" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.createStaff(stranger, "旁人", null);
		assertThat(mvc.get()
			.uri("/workbench/certificates/{s}/certificate.pem", issued.serial())
			.with(as(stranger))
			.exchange()).hasStatus(404);
		assertThat(mvc.post()
			.uri("/workbench/certificates/{s}/revoke", issued.serial())
			.with(as(stranger))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(requests.certificate(issued.serial()).orElseThrow().state()).isEqualTo("VALID");
	}

	/**
	 * Issue 15: four parallel approvals of one request issued two certificates and two
	 * 500s. Now one thread issues; the three others wait for the request's row and find
	 * its approval task done: the case-work core's refusal each (issue 16: naming who
	 * decided and when), audited, and no second certificate. Two operators, two threads
	 * each.
	 */
	@Test
	void parallel_approvals_of_one_request_issue_exactly_one_certificate() throws Exception {
		String colleague = "ra2" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.createStaff(colleague, "另一审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(colleague, PkiRoles.RA_OPERATOR);
		requests.submit(staff, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		UUID id = requests.requestsOf(staff).get(0).id();
		int threads = 4;
		java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
		for (int i = 0; i < threads; i++) {
			String who = i % 2 == 0 ? operator : colleague;
			outcomes.add(pool.submit(() -> {
				start.await();
				try {
					return requests.approve(id, who).orElseThrow().serial();
				}
				catch (org.zhengtong.shared.Refusal refused) {
					return refused.messageKey();
				}
			}));
		}
		List<String> results = new java.util.ArrayList<>();
		for (var outcome : outcomes) {
			results.add(outcome.get(120, java.util.concurrent.TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(results).filteredOn((result) -> result.equals("casework.refused.alreadyDone")).hasSize(threads - 1);
		String serial = results.stream().filter((result) -> !result.startsWith("casework.")).findFirst().orElseThrow();
		assertThat(requests.certificatesOf(staff)).extracting(CertificateView::serial).containsExactly(serial);
		assertThat(requests.requestsOf(staff).get(0).serial()).isEqualTo(serial);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Stream.of(operator, colleague)
				.mapToInt((who) -> audit
					.search(new AuditQuery(null, null, who, "pki.request-approved", Outcome.DENIED, id.toString()), 0,
							10)
					.size())
				.sum()).isEqualTo(threads - 1));
	}

	/**
	 * Issue 15: an Ed25519 request answered 500 and an RSA key with exponent 3 was
	 * certified. Both are refused with the key named, and each refusal is audited.
	 */
	@Test
	void keys_the_ca_does_not_certify_are_refused_clearly_and_audited() throws Exception {
		var ed25519 = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String edCsr = Pkcs.pem(new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
				new javax.security.auth.x500.X500Principal("CN=ed"), ed25519.getPublic())
			.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("Ed25519")
				.build(ed25519.getPrivate())));
		KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
		rsa.initialize(new java.security.spec.RSAKeyGenParameterSpec(2048, java.math.BigInteger.valueOf(3)));
		String smallExponent = Pkcs.csr(rsa.generateKeyPair(), "CN=e3");
		for (String csr : List.of(edCsr, smallExponent)) {
			MvcTestResult refused = mvc.post()
				.uri("/workbench/certificates/requests")
				.param("csr", csr)
				.with(as(staff))
				.with(csrf())
				.exchange();
			assertThat(refused).hasStatus3xxRedirection();
			assertThat(refused).flash().containsEntry("error", "pki.refused.keyNotAllowed");
		}
		assertThat(requests.requestsOf(staff)).as("nothing stored, nothing issued").isEmpty();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.submit(staff, edCsr.getBytes()))
			.isInstanceOf(PkiRefused.class)
			.hasMessageContaining("Ed25519");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> requests.submit(staff, smallExponent.getBytes()))
			.isInstanceOf(PkiRefused.class)
			.hasMessageContaining("e = 3");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, staff, "pki.request-submitted", Outcome.DENIED, null), 0, 10))
				.hasSize(4));
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(directory.resolve(name), content);
	}

}
