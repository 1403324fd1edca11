package org.zhengtong.pki.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.Cms;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

/**
 * A unit's seal opened once for one document's several signatures
 * ({@link UnitSeals#open}, as a licence uses it: PDF, detached .p7s, OFD): every
 * signature is made with the unit's seal and audited apart with its own SHA-256; the
 * opening is checked and refused like a single use; once closed, it signs nothing.
 */
@IntegrationTest
class HostedSealsOpenedIntegrationTests {

	@Autowired
	UnitSeals seals;

	@Autowired
	CertificateAuthorityService authority;

	@Autowired
	Cms cms;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	AuditManagement audit;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	UUID unit;

	String keeper;

	@BeforeEach
	void unitAndKeeper() {
		unit = TestStaff.unit(units, "一次用印局", "Opened Seal Bureau");
		keeper = TestStaff.withRole(accounts, unit, "seal", "印章管理员", PkiRoles.SEAL_KEEPER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void oneOpeningSignsThePdfItsP7sAndTheOfdAndAuditsEachSignatureWithItsSha256() throws Exception {
		signedIn(keeper, loginCertificate(keeper));
		byte[] pdf = HostedSealsIntegrationTests.pdf("电子证照 一次用印");
		UnitSeals.SealRequest request = request();

		UnitSeals.SignedPdf signed;
		UnitSeals.SealUse detached;
		UnitSeals.SealedOfd ofd;
		ByteArrayOutputStream p7s = new ByteArrayOutputStream();
		try (UnitSeals.Sealing seal = seals.open(request)) {
			signed = seal.signPdf(pdf, "电子证照");
			detached = seal.signDetached(Hierarchy.STANDARD, new ByteArrayInputStream(signed.pdf()), p7s);
			ofd = seal.sealOfd(HostedSealsOfdIntegrationTests.ofd(), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
		}

		assertThat(detached.serial()).as("the PDF and its .p7s: the same P-256 seal").isEqualTo(signed.use().serial());
		assertThat(detached.sha256()).isEqualTo(sha256(signed.pdf()));
		assertThat(cms
			.verify(new ByteArrayInputStream(p7s.toByteArray()), new ByteArrayInputStream(signed.pdf()),
					java.io.OutputStream.nullOutputStream())
			.certificateState()).isEqualTo("VALID");
		assertThat(OfdSeals.check(ofd.ofd()).intact()).isTrue();
		assertThat(ofd.use().serial()).as("the SM2 seal").isNotEqualTo(signed.use().serial());
		await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
			List<AuditEntry> used = audit.search(
					new AuditQuery(null, null, keeper, HostedSeals.USED, Outcome.SUCCESS, request.objectId()), 0, 10);
			assertThat(used).extracting(AuditEntry::summary)
				.hasSize(3)
				.anySatisfy((summary) -> assertThat(summary).contains(signed.use().sha256()).contains("（PDF）"))
				.anySatisfy((summary) -> assertThat(summary).contains(detached.sha256()).contains("（CMS）"))
				.anySatisfy((summary) -> assertThat(summary).contains(ofd.use().sha256()).contains("（OFD）"));
		});
	}

	@Test
	void aPasswordSessionOpensNothingAndAClosedSealSignsNothing() throws Exception {
		signedIn(keeper, null);
		UnitSeals.SealRequest refused = request();
		assertThatThrownBy(() -> seals.open(refused)).isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.certificateSessionNeeded");
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, keeper, HostedSeals.USED, Outcome.DENIED, refused.objectId()), 0, 5))
				.hasSize(1));

		signedIn(keeper, loginCertificate(keeper));
		UnitSeals.Sealing seal = seals.open(request());
		seal.close();
		assertThatThrownBy(() -> seal.signPdf(HostedSealsIntegrationTests.pdf("关闭之后"), "电子证照"))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anOpenedKeyIsNeverUsedOnceItsCertificateIsNoLongerValid() throws Exception {
		signedIn(keeper, loginCertificate(keeper));
		byte[] pdf = HostedSealsIntegrationTests.pdf("电子证照 吊销之前");
		String first = seals.signPdf(request(), pdf, "电子证照").use().serial();
		assertThat(seals.signPdf(request(), pdf, "电子证照").use().serial()).as("the same seal while it is valid")
			.isEqualTo(first);

		jdbc.sql(
				"UPDATE pki_certificate SET status = 'REVOKED', revoked_at = now(), revocation_reason = 1 WHERE serial = ?")
			.param(first)
			.update();

		String second = seals.signPdf(request(), pdf, "电子证照").use().serial();
		assertThat(second).as("a new seal, not the revoked one's key kept open").isNotEqualTo(first);
	}

	private UnitSeals.SealRequest request() {
		return new UnitSeals.SealRequest(keeper, unit, "电子证照 测试", "permit_licence", UUID.randomUUID().toString());
	}

	private String loginCertificate(String username) throws Exception {
		X509Certificate certificate = authority.issue(CertificateProfile.STAFF_AUTH, new X500Name("CN=" + username),
				Pkcs.p256().getPublic(), List.of(), username, unit, "test", null);
		return CertificateBuilder.hex(certificate.getSerialNumber());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
