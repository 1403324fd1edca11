package org.zhengtong.pki.internal;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.RelyingParty;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15, "certificates for anyone's domain", on an installation of its own configured
 * for {@code zhengtong.pki.permitted-dns-domains: qinchuan.test} (its own application
 * context and embedded database, as {@code RsaHierarchyIntegrationTests}): the issuing CA
 * carries the name constraints, {@code openssl verify} refuses a certificate hand-built
 * outside them, a request for a foreign name from before is refused at issuance, and an
 * issuing CA from before (no constraints) is rolled over while the old one keeps
 * answering for what it issued.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhengtong.tls.port=-1", "zhengtong.embedded-database.temporary=false",
				"zhengtong.public-base-url=https://www.qinchuan.test",
				"zhengtong.pki.permitted-dns-domains=qinchuan.test" })
@ActiveProfiles("test")
@DirtiesContext
class CaRolloverIntegrationTests {

	/** Its own database server, stopped with the context after this class. */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws java.io.IOException {
		Path database = Files.createTempDirectory("zhengtong-rollover");
		registry.add("zhengtong.embedded-database.data-directory", () -> database.resolve("postgres").toString());
	}

	@BeforeAll
	static void openssl() {
		Pkcs.assumeOpenssl();
	}

	@Autowired
	CertificateAuthorityService authority;

	@Autowired
	CertificateRequests requests;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CaKeys keys;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditManagement audit;

	@Autowired
	CaRolloverCommand command;

	@LocalServerPort
	int port;

	@TempDir
	Path directory;

	String holder;

	String operator;

	UUID unit;

	@BeforeEach
	void aHolderAndAnRaOperator() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市轮换局" + tag, "轮换局", "Rollover Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		holder = "holder" + tag;
		operator = "ra" + tag;
		platformAccounts.createStaff(holder, "持证人", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
	}

	@Test
	void the_issuing_ca_is_constrained_to_the_permitted_domains_and_nothing_outside_them_is_issued() throws Exception {
		Path chain = Files.write(directory.resolve("chain.pem"), get("/pki/chain.pem"));
		assertThat(Pkcs.openssl("x509", "-noout", "-text", "-in", chain.toString()))
			.contains("X509v3 Name Constraints: critical", "Permitted:", "DNS:qinchuan.test", "IP:127.0.0.1");

		// Even if the platform's own checks were bypassed, relying parties refuse a name
		// outside the constraints under this CA (openssl: permitted subtree violation).
		Path foreign = Files.writeString(directory.resolve("foreign.pem"), Pkcs.pem(handBuilt("accounts.google.com")));
		RelyingParty.Run refused = RelyingParty.openssl("verify", "-purpose", "sslserver", "-verify_hostname",
				"accounts.google.com", "-CAfile", chain.toString(), foreign.toString());
		assertThat(refused.exitCode()).as(refused.output()).isNotZero();
		assertThat(refused.output()).contains("permitted subtree violation");
		Path inside = Files.writeString(directory.resolve("inside.pem"), Pkcs.pem(handBuilt("www.jyj.qinchuan.test")));
		assertThat(Pkcs.openssl("verify", "-purpose", "sslserver", "-verify_hostname", "www.jyj.qinchuan.test",
				"-CAfile", chain.toString(), inside.toString()))
			.contains("inside.pem: OK");

		// A request for foreign names stored before this check existed is refused when an
		// operator approves it: nothing issued, the request still pending, the refusal
		// audited.
		UUID request = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO pki_request (id, requester, holder, profile, subject, csr, status, created_at, unit_id,
				    dns_names)
				VALUES (?, ?, ?, 'SERVER_TLS', 'CN=www.baidu.com', ?, 'PENDING', ?, ?, ?)""")
			.params(request, holder, holder,
					Pkcs.csr(Pkcs.p256(), "CN=x")
						.lines()
						.filter((line) -> !line.startsWith("-----"))
						.reduce("", String::concat)
						.transform(java.util.Base64.getDecoder()::decode),
					Timestamp.from(Instant.now()), unit, new String[] { "www.baidu.com", "accounts.google.com" })
			.update();
		assertThatThrownBy(() -> requests.approve(request, operator)).isInstanceOf(PkiRefused.class)
			.hasMessageContaining("www.baidu.com");
		assertThat(jdbc.sql("SELECT count(*) FROM pki_certificate WHERE request_id = ?")
			.param(request)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT status FROM pki_request WHERE id = ?").param(request).query(String.class).single())
			.isEqualTo("PENDING");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, operator, "pki.request-approved", Outcome.DENIED, request.toString()), 0,
					5))
				.hasSize(1));
	}

	@Test
	void an_issuing_ca_from_before_is_rolled_over_and_keeps_answering_for_what_it_issued() throws Exception {
		CertificateAuthorityService.Authority legacy = installIssuingCaFromBefore(Duration.ofDays(100));

		// Under the old CA: capped at its end (100 days, not the profile's 730).
		CertificateView old = issue();
		X509Certificate oldCertificate = certificate(old.serial());
		assertThat(oldCertificate.getIssuerX500Principal()).isEqualTo(legacy.certificate().getSubjectX500Principal());
		assertThat(oldCertificate.getNotAfter()).isEqualTo(legacy.certificate().getNotAfter());

		Boolean rolled = transaction.execute((status) -> authority.rollOverWhereNeeded(Hierarchy.STANDARD));
		assertThat(rolled).isTrue();
		Boolean again = transaction.execute((status) -> authority.rollOverWhereNeeded(Hierarchy.STANDARD));
		assertThat(again).as("once rolled over, the next start leaves it").isFalse();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, null, "pki.authority-rolled-over", null, null), 0, 5))
				.isNotEmpty());

		// The new CA: constrained, published at /pki/chain.pem, issues from now on.
		X509Certificate current = authority.chain(Hierarchy.STANDARD).get(0);
		assertThat(current.getSubjectX500Principal()).isNotEqualTo(legacy.certificate().getSubjectX500Principal());
		assertThat(PermittedNames.of(current)).contains("dns:qinchuan.test");
		assertThat(new String(get("/pki/chain.pem"), StandardCharsets.US_ASCII))
			.isEqualTo(org.zhengtong.pki.Pem.of(List.of(current, authority.root(Hierarchy.STANDARD))));
		X509Certificate fresh = certificate(issue().serial());
		assertThat(fresh.getIssuerX500Principal()).isEqualTo(current.getSubjectX500Principal());
		Path chain = Files.write(directory.resolve("chain.pem"), get("/pki/chain.pem"));
		Path freshFile = Files.writeString(directory.resolve("fresh.pem"), Pkcs.pem(fresh));
		Path rootCrl = crlPem("root.crl", RelyingParty.crlDistributionPoint(current));
		Path freshCrl = crlPem("fresh.crl", RelyingParty.crlDistributionPoint(fresh));
		assertThat(Pkcs.openssl("verify", "-crl_check_all", "-purpose", "sslclient", "-CAfile", chain.toString(),
				"-CRLfile", rootCrl.toString(), "-CRLfile", freshCrl.toString(), freshFile.toString()))
			.contains("fresh.pem: OK");

		// The old CA still answers for its certificate: OCSP good, then revoked, and its
		// own CRL (at its generation's address) lists it.
		Path legacyFile = Files.writeString(directory.resolve("legacy.pem"), Pkcs.pem(legacy.certificate()));
		Path legacyChain = Files.writeString(directory.resolve("legacy-chain.pem"),
				Pkcs.pem(legacy.certificate()) + Pkcs.pem(authority.root(Hierarchy.STANDARD)));
		Path oldFile = Files.writeString(directory.resolve("old.pem"), Pkcs.pem(oldCertificate));
		String[] ocsp = { "ocsp", "-issuer", legacyFile.toString(), "-cert", oldFile.toString(), "-url",
				"http://localhost:" + port + "/pki/ocsp", "-CAfile", legacyChain.toString() };
		assertThat(Pkcs.openssl(ocsp)).contains("Response verify OK", "old.pem: good");
		requests.revoke(old.serial(), 1, holder);
		assertThat(Pkcs.openssl(ocsp)).contains("old.pem: revoked");
		Path legacyCrl = Files.write(directory.resolve("legacy.crl"),
				get("/pki/issuing/" + legacy.generation() + ".crl"));
		assertThat(Pkcs.openssl("crl", "-inform", "DER", "-in", legacyCrl.toString(), "-CAfile", legacyChain.toString(),
				"-noout", "-text"))
			.contains("verify OK")
			.containsIgnoringCase(old.serial());
	}

	@Test
	void an_operator_rolls_a_hierarchy_over_by_command() throws Exception {
		X509Certificate before = authority.chain(Hierarchy.SM2).get(0);
		int generation = authority.find(Hierarchy.SM2, "ISSUING").orElseThrow().generation();
		assertThat(command.run(List.of())).as("usage").isEqualTo(2);

		assertThat(command.run(List.of("sm2", "密钥轮换演练"))).isZero();

		X509Certificate after = authority.chain(Hierarchy.SM2).get(0);
		assertThat(after.getSerialNumber()).isNotEqualTo(before.getSerialNumber());
		after.verify(authority.root(Hierarchy.SM2).getPublicKey(), "BC");
		assertThat(authority.find(Hierarchy.SM2, "ISSUING").orElseThrow().generation()).isEqualTo(generation + 1);
		assertThat(RelyingParty.crlDistributionPoint(after)).isEqualTo("/pki/sm2/root.crl");
		// The retired CA still publishes its CRL, signed by its own key.
		java.security.cert.X509CRL crl = (java.security.cert.X509CRL) java.security.cert.CertificateFactory
			.getInstance("X.509", "BC")
			.generateCRL(new java.io.ByteArrayInputStream(get("/pki/sm2/issuing/" + generation + ".crl")));
		crl.verify(before.getPublicKey(), "BC");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(new AuditQuery(null, null, null, "pki.authority-rolled-over",
					null, "SM2/ISSUING/" + (generation + 1)), 0, 5))
				.hasSize(1));
	}

	/**
	 * What an installation from before this change holds: an issuing CA without name
	 * constraints or publication points (here valid for {@code validity} only), current.
	 */
	private CertificateAuthorityService.Authority installIssuingCaFromBefore(Duration validity) {
		CertificateAuthorityService.Authority root = authority.find(Hierarchy.STANDARD, "ROOT").orElseThrow();
		KeyPair pair = CertificateBuilder.keyPair(root.algorithm(), true);
		X500Name rootName = X500Name.getInstance(root.certificate().getSubjectX500Principal().getEncoded());
		X509Certificate certificate = CertificateBuilder.authority(
				new X500Name("C=CN,O=秦川市人民政府,CN=秦川市人民政府 签发CA（旧）" + UUID.randomUUID().toString().substring(0, 4)), pair,
				root.algorithm(), rootName, root.certificate(), authority.key(root), root.algorithm(), 0,
				Instant.now().minus(Duration.ofDays(1)), validity);
		transaction.executeWithoutResult((status) -> {
			int generation = jdbc
				.sql("SELECT max(generation) + 1 FROM pki_authority WHERE hierarchy = 'STANDARD' AND level = 'ISSUING'")
				.query(Integer.class)
				.single();
			jdbc.sql("""
					UPDATE pki_authority SET retired_at = now()
					WHERE hierarchy = 'STANDARD' AND level = 'ISSUING' AND retired_at IS NULL""").update();
			jdbc.sql("""
					INSERT INTO pki_authority (id, hierarchy, level, generation, algorithm, certificate, private_key,
					    created_at)
					VALUES (?, 'STANDARD', 'ISSUING', ?, ?, ?, ?, now())""")
				.params(UUID.randomUUID(), generation, root.algorithm(), CertificateAuthorityService.der(certificate),
						keys.seal(pair.getPrivate()))
				.update();
		});
		return authority.find(Hierarchy.STANDARD, "ISSUING").orElseThrow();
	}

	/**
	 * A server certificate signed with the current issuing CA's key, bypassing the RA.
	 */
	private X509Certificate handBuilt(String dnsName) throws Exception {
		CertificateAuthorityService.Authority issuing = authority.find(Hierarchy.STANDARD, "ISSUING").orElseThrow();
		KeyPair pair = Pkcs.p256();
		var builder = new JcaX509v3CertificateBuilder(issuing.certificate(), BigInteger.valueOf(System.nanoTime()),
				Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plus(Duration.ofDays(30))),
				new X500Name("CN=" + dnsName), pair.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
			.addExtension(Extension.subjectAlternativeName, false,
					new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
		return CertificateBuilder.convert(builder,
				CertificateBuilder.signer(issuing.algorithm(), authority.key(issuing)));
	}

	private CertificateView issue() throws Exception {
		requests.submit(holder, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII));
		return requests.approve(requests.requestsOf(holder).get(0).id(), operator).orElseThrow();
	}

	private X509Certificate certificate(String serial) throws Exception {
		return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
			.generateCertificate(new java.io.ByteArrayInputStream(
					requests.pem(serial).orElseThrow().getBytes(StandardCharsets.US_ASCII)));
	}

	private Path crlPem(String name, String path) throws Exception {
		Path der = Files.write(directory.resolve(name), get(path));
		Pkcs.openssl("crl", "-inform", "DER", "-in", der.toString(), "-out", der + ".pem");
		return Path.of(der + ".pem");
	}

	private byte[] get(String path) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

}
