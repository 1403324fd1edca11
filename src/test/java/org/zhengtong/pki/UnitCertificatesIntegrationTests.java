package org.zhengtong.pki;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
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
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A unit administrator asks for the unit's signing, SM2 signing, encryption and server
 * certificates; an RA operator issues them; what they sign and what is encrypted for them
 * works with the CMS services and with {@code openssl}. Other units stay out of reach.
 */
@IntegrationTest
class UnitCertificatesIntegrationTests {

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
	Cms cms;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@TempDir
	Path directory;

	String admin;

	String operator;

	String clerk;

	UUID unit;

	UUID otherUnit;

	String creditCode;

	@BeforeEach
	void aUnitWithItsAdministratorAndAnRaOperator() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String first17 = "11610100" + String.format("%09d", Math.abs(tag.hashCode()) % 1_000_000_000);
		creditCode = first17 + CreditCode.checkCharacter(first17);
		unit = units
			.create(null, UnitKind.DEPARTMENT,
					new UnitNames("秦川市单位证书局" + tag, "单位证书局", "Unit Certificate Bureau", null), creditCode, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		otherUnit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市别的局" + tag, "别的局", "Other Bureau", null), null, 0,
					LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		admin = "unitadmin" + tag;
		operator = "unitra" + tag;
		clerk = "clerk" + tag;
		platformAccounts.createStaff(admin, "单位管理员", new StaffPost(unit, null, "科长", true, null));
		platformAccounts.grant(admin, new org.zhengtong.identity.RoleGrant(IdentityRoles.UNIT_ADMIN,
				org.zhengtong.identity.DataScope.UNIT, unit, java.util.Set.of()));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(otherUnit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
		platformAccounts.createStaff(clerk, "科员", new StaffPost(unit, null, "科员", true, null));
	}

	@Test
	void the_units_signing_certificate_signs_documents_openssl_accepts_until_the_unit_revokes_it() throws Exception {
		KeyPair keys = Pkcs.p256();
		assertThat(submit(CertificateProfile.UNIT_SIGN, Pkcs.csr(keys, "CN=whatever"), "")).flash()
			.containsEntry("success", "pki.request.unitSubmitted");
		X509Certificate certificate = approve();
		assertThat(certificate.getSubjectX500Principal().getName(X500Principal.RFC2253)).contains("CN=秦川市单位证书局",
				"O=秦川市单位证书局", "OU=单位签名", "2.5.4.97=#");
		String text = Pkcs.openssl("x509", "-noout", "-text", "-nameopt", "utf8", "-in", pem("unit.pem", certificate));
		assertThat(text).contains("organizationIdentifier=" + creditCode, "Digital Signature, Non Repudiation",
				"E-mail Protection");
		Path chain = chain();
		Pkcs.openssl("verify", "-purpose", "smimesign", "-CAfile", chain.toString(), pem("unit.pem", certificate));

		byte[] document = "关于印发《秦川市数字政府建设方案》的通知".repeat(1000).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream signature = new ByteArrayOutputStream();
		cms.sign(new Cms.Credential(keys.getPrivate(), List.of(certificate)), new ByteArrayInputStream(document),
				signature, false);
		Files.write(directory.resolve("document.txt"), document);
		Files.write(directory.resolve("document.p7s"), signature.toByteArray());
		Pkcs.openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", directory.resolve("document.p7s").toString(),
				"-content", directory.resolve("document.txt").toString(), "-CAfile", chain.toString(), "-out",
				"/dev/null");
		SignatureCheck check = cms.verify(new ByteArrayInputStream(signature.toByteArray()),
				new ByteArrayInputStream(document), java.io.OutputStream.nullOutputStream());
		assertThat(check.valid()).isTrue();
		assertThat(check.subject()).contains("秦川市单位证书局");

		String serial = certificate.getSerialNumber().toString(16);
		assertThat(mvc.get().uri("/admin/unit-certificates").with(as(admin)).exchange()).bodyText()
			.contains(serial, "单位签名（公文、电子印章）");
		assertThat(mvc.post()
			.uri("/workbench/certificates/{s}/revoke", serial)
			.param("reason", "1")
			.with(as(admin))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/admin/unit-certificates");
		SignatureCheck after = cms.verify(new ByteArrayInputStream(signature.toByteArray()),
				new ByteArrayInputStream(document), java.io.OutputStream.nullOutputStream());
		assertThat(after.intact()).isTrue();
		assertThat(after.certificateState()).isEqualTo("REVOKED");
		assertThat(after.revokedAt()).isNotNull();
		assertThat(after.valid()).isFalse();
	}

	@Test
	void an_encryption_key_made_by_the_platform_opens_envelopes_sent_to_the_unit() throws Exception {
		assertThat(mvc.post()
			.uri("/admin/unit-certificates/requests")
			.param("unit", unit.toString())
			.param("profile", "UNIT_ENCRYPT")
			.param("key", "generated")
			.with(as(admin))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "pki.request.unitSubmitted");
		RequestView request = requests.unitRequests(org.zhengtong.identity.AccessScope.everything(), 100)
			.stream()
			.filter((r) -> unit.equals(r.unitId()))
			.findFirst()
			.orElseThrow();
		assertThat(requests.approve(request.id(), operator)).isEmpty();
		assertThat(mvc.post()
			.uri("/admin/unit-certificates/requests/{id}/collect", request.id())
			.param("password", "Unit@2026key")
			.param("passwordAgain", "Unit@2026key")
			.with(as(clerk))
			.with(csrf())
			.exchange()).as("not a unit administrator").hasStatus(403);
		MvcTestResult collected = mvc.post()
			.uri("/admin/unit-certificates/requests/{id}/collect", request.id())
			.param("password", "Unit@2026key")
			.param("passwordAgain", "Unit@2026key")
			.with(as(admin))
			.with(csrf())
			.exchange();
		assertThat(collected).hasStatusOk().hasContentType("application/x-pkcs12");
		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(collected.getResponse().getContentAsByteArray()),
				"Unit@2026key".toCharArray());
		String alias = store.aliases().nextElement();
		PrivateKey key = (PrivateKey) store.getKey(alias, "Unit@2026key".toCharArray());
		List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
			.map((c) -> (X509Certificate) c)
			.toList();
		assertThat(chain).hasSize(3);
		assertThat(chain.get(0).getKeyUsage()[4]).as("keyAgreement").isTrue();

		byte[] document = "请于本周五前报送材料".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream envelope = new ByteArrayOutputStream();
		cms.encrypt(new ByteArrayInputStream(document), envelope, List.of(chain.get(0)));
		Files.write(directory.resolve("envelope.p7m"), envelope.toByteArray());
		Files.write(directory.resolve("unit.p12"), collected.getResponse().getContentAsByteArray());
		Pkcs.openssl("pkcs12", "-in", directory.resolve("unit.p12").toString(), "-passin", "pass:Unit@2026key",
				"-nodes", "-out", directory.resolve("unit-key.pem").toString());
		Pkcs.openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in",
				directory.resolve("envelope.p7m").toString(), "-inkey", directory.resolve("unit-key.pem").toString(),
				"-out", directory.resolve("opened.txt").toString());
		assertThat(Files.readAllBytes(directory.resolve("opened.txt"))).isEqualTo(document);
		ByteArrayOutputStream opened = new ByteArrayOutputStream();
		cms.decrypt(new ByteArrayInputStream(envelope.toByteArray()), opened, new Cms.Credential(key, chain));
		assertThat(opened.toByteArray()).isEqualTo(document);
	}

	@Test
	void an_sm2_signing_certificate_comes_from_the_sm2_ca_and_signs_with_sm3_and_sm2() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", "BC");
		generator.initialize(new ECGenParameterSpec("sm2p256v1"));
		KeyPair keys = generator.generateKeyPair();
		String csr = Pkcs.pem(new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=seal"), keys.getPublic())
			.build(new JcaContentSignerBuilder("SM3withSM2").setProvider("BC").build(keys.getPrivate())));
		assertThat(submit(CertificateProfile.UNIT_SIGN, csr, "")).as("SM2 key, international profile")
			.flash()
			.containsEntry("error", "pki.refused.keyNotAllowed");
		assertThat(submit(CertificateProfile.UNIT_SIGN_SM2, Pkcs.csr(Pkcs.p256(), "CN=x"), ""))
			.as("P-256 key, SM2 profile")
			.flash()
			.containsEntry("error", "pki.refused.keyNotAllowed");
		assertThat(submit(CertificateProfile.UNIT_SIGN_SM2, csr, "")).flash()
			.containsEntry("success", "pki.request.unitSubmitted");
		X509Certificate certificate = approve();
		assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SM3WITHSM2");
		byte[] sm2Chain = mvc.get().uri("/pki/sm2/chain.pem").exchange().getResponse().getContentAsByteArray();
		X509Certificate issuing = (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
			.generateCertificates(new ByteArrayInputStream(sm2Chain))
			.iterator()
			.next();
		certificate.verify(issuing.getPublicKey(), "BC");

		byte[] document = "电子印章".getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream signed = new ByteArrayOutputStream();
		cms.sign(new Cms.Credential(keys.getPrivate(), List.of(certificate, issuing)),
				new ByteArrayInputStream(document), signed, true);
		ByteArrayOutputStream content = new ByteArrayOutputStream();
		SignatureCheck check = cms.verify(new ByteArrayInputStream(signed.toByteArray()), null, content);
		assertThat(check.valid()).isTrue();
		assertThat(content.toByteArray()).isEqualTo(document);
	}

	@Test
	void a_server_certificate_carries_its_dns_names_and_bad_names_are_refused() throws Exception {
		assertThat(submit(CertificateProfile.SERVER_TLS, Pkcs.csr(Pkcs.p256(), "CN=x"), "")).flash()
			.containsEntry("error", "pki.refused.dnsNamesNeeded");
		assertThat(submit(CertificateProfile.SERVER_TLS, Pkcs.csr(Pkcs.p256(), "CN=x"), "*.qinchuan.gov.cn")).flash()
			.containsEntry("error", "pki.refused.badDnsName");
		assertThat(requests.unitRequests(org.zhengtong.identity.AccessScope.everything(), 500)
			.stream()
			.filter((r) -> unit.equals(r.unitId()))).as("nothing stored").isEmpty();
		assertThat(submit(CertificateProfile.SERVER_TLS, Pkcs.csr(Pkcs.p256(), "CN=x"),
				"JYJ.localhost\nwww.jyj.localhost"))
			.flash()
			.containsEntry("success", "pki.request.unitSubmitted");
		X509Certificate certificate = approve();
		assertThat(certificate.getSubjectAlternativeNames().stream().map((name) -> (Object) name.get(1)).toList())
			.containsExactly((Object) "jyj.localhost", "www.jyj.localhost");
		assertThat(Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant()))
			.isEqualTo(Duration.ofDays(397));
		Pkcs.openssl("verify", "-purpose", "sslserver", "-CAfile", chain().toString(), pem("server.pem", certificate));
	}

	/**
	 * Issue 15: a unit administrator asked for accounts.google.com and got it. Names
	 * outside the permitted domains (here the default: localhost, the test's public host)
	 * are refused when asked, nothing is stored, and the refusal is audited.
	 */
	@Test
	void a_server_certificate_for_someone_elses_domain_is_refused_when_asked() throws Exception {
		assertThat(submit(CertificateProfile.SERVER_TLS, Pkcs.csr(Pkcs.p256(), "CN=x"),
				"www.baidu.com accounts.google.com"))
			.flash()
			.containsEntry("error", "pki.refused.nameNotPermitted");
		assertThat(submit(CertificateProfile.SERVER_TLS, Pkcs.csr(Pkcs.p256(), "CN=x"),
				"www.jyj.localhost evil-localhost.com"))
			.flash()
			.containsEntry("error", "pki.refused.nameNotPermitted");
		assertThat(requests.unitRequests(org.zhengtong.identity.AccessScope.everything(), 500)
			.stream()
			.filter((r) -> unit.equals(r.unitId()))).as("nothing stored").isEmpty();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, admin, "pki.request-submitted", Outcome.DENIED, unit.toString()), 0, 5))
				.hasSize(2));
	}

	@Test
	void other_units_are_out_of_reach_and_trying_is_audited() throws Exception {
		assertThat(mvc.post()
			.uri("/admin/unit-certificates/requests")
			.param("unit", otherUnit.toString())
			.param("profile", "UNIT_SIGN")
			.param("key", "generated")
			.with(as(admin))
			.with(csrf())
			.exchange()).hasStatus(404);
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(audit.search(
					new AuditQuery(null, null, admin, "pki.request-submitted", Outcome.DENIED, otherUnit.toString()), 0,
					5))
				.hasSize(1));
		assertThat(mvc.get().uri("/admin/unit-certificates").with(as(clerk)).exchange()).hasStatus(403);
		String page = mvc.get()
			.uri("/admin/unit-certificates")
			.with(as(admin))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("秦川市单位证书局").doesNotContain("秦川市别的局");

		// A certificate of the other unit: the unit administrator can neither see nor
		// revoke it.
		platformAccounts.createStaff("o" + clerk, "别人", new StaffPost(otherUnit, null, "科员", true, null));
		RequestView foreign = requests.submit("o" + clerk, Pkcs.csr(Pkcs.p256(), "CN=x").getBytes());
		String serial = requests.approve(foreign.id(), operator).orElseThrow().serial();
		assertThat(mvc.post()
			.uri("/workbench/certificates/{s}/revoke", serial)
			.param("reason", "0")
			.with(as(admin))
			.with(csrf())
			.exchange()).hasStatus(404);
		assertThat(requests.certificate(serial).orElseThrow().state()).isEqualTo("VALID");
	}

	private MvcTestResult submit(CertificateProfile profile, String csr, String dnsNames) {
		return mvc.post()
			.uri("/admin/unit-certificates/requests")
			.param("unit", unit.toString())
			.param("profile", profile.name())
			.param("key", "csr")
			.param("csr", csr)
			.param("dnsNames", dnsNames)
			.with(as(admin))
			.with(csrf())
			.exchange();
	}

	/** The operator approves the unit's newest request; returns the certificate. */
	private X509Certificate approve() throws Exception {
		RequestView request = requests.unitRequests(org.zhengtong.identity.AccessScope.everything(), 500)
			.stream()
			.filter((r) -> unit.equals(r.unitId()) && r.status().equals("PENDING"))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.get().uri("/admin/ra").with(as(operator)).exchange()).bodyText().contains(admin);
		CertificateView issued = requests.approve(request.id(), operator).orElseThrow();
		assertThat(issued.unitId()).isEqualTo(unit);
		assertThat(issued.holder()).as("a unit's, not a person's").isNull();
		return (X509Certificate) CertificateFactory.getInstance("X.509", "BC")
			.generateCertificate(new ByteArrayInputStream(
					requests.pem(issued.serial()).orElseThrow().getBytes(StandardCharsets.US_ASCII)));
	}

	private Path chain() throws Exception {
		return Files.write(directory.resolve("chain.pem"),
				mvc.get().uri("/pki/chain.pem").exchange().getResponse().getContentAsByteArray());
	}

	private String pem(String name, Certificate certificate) throws IOException {
		try {
			return Files.writeString(directory.resolve(name), Pkcs.pem(certificate)).toString();
		}
		catch (Exception ex) {
			throw new IOException(ex);
		}
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
