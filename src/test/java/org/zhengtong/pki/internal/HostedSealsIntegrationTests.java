package org.zhengtong.pki.internal;

import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.audit.AuditEntry;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateSessions;
import org.zhengtong.pki.CertificateView;
import org.zhengtong.pki.Cms;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.pki.UnitSeals.SealRequest;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A unit's hosted 电子印章 (decisions.md "Unit keys are hosted"): only its 印章管理员, working in
 * a post of the unit and signed in with their certificate, signs with it; every use is
 * audited with the document's SHA-256; what it signs — a detached CMS over a stream and a
 * PDF (/ByteRange + CMS in /Contents) — verifies with {@code openssl cms} against our
 * chain and with Bouncy Castle, and one changed byte breaks it.
 */
@IntegrationTest
class HostedSealsIntegrationTests {

	@TempDir
	Path directory;

	@Autowired
	UnitSeals seals;

	@Autowired
	CertificateSessions sessions;

	@Autowired
	CertificateAuthorityService authority;

	@Autowired
	CertificateAuthority authorities;

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

	UUID otherUnit;

	String keeper;

	@BeforeEach
	void unitsAndKeeper() {
		unit = TestStaff.unit(units, "用印局", "Seal Bureau");
		otherUnit = TestStaff.unit(units, "他局", "Other Bureau");
		keeper = TestStaff.withRole(accounts, unit, "seal", "印章管理员", PkiRoles.SEAL_KEEPER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSealKeeperSignsAPdfThatOpensslAndBouncyCastleVerifyAndOneChangedByteBreaks() throws Exception {
		Pkcs.assumeOpenssl();
		String login = certificateSession(keeper);
		byte[] pdf = pdf("政府信息公开申请答复书");

		UnitSeals.SignedPdf signed = seals.signPdf(request(keeper, unit), pdf, "政府信息公开申请答复");

		byte[] file = signed.pdf();
		assertThat(new String(file, StandardCharsets.ISO_8859_1)).contains("/adbe.pkcs7.detached")
			.contains("/ByteRange");
		Signature signature = Signature.of(file);
		Files.write(directory.resolve("signed.bin"), signature.signedBytes());
		Files.write(directory.resolve("signature.der"), signature.cms());
		Files.writeString(directory.resolve("chain.pem"), chainPem());
		Pkcs.openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", path("signature.der"), "-content",
				path("signed.bin"), "-CAfile", path("chain.pem"), "-purpose", "any", "-out", "/dev/null");
		assertThat(bouncyCastleVerifies(signature.cms(), signature.signedBytes())).isTrue();
		X509Certificate signer = signer(signature.cms());
		assertThat(signer.getSubjectX500Principal().getName()).as("the unit's name at issue")
			.contains(units.find(unit, LocalDate.now()).orElseThrow().names().fullName());
		assertThat(authority.judge(signer).profile()).isEqualTo(CertificateProfile.UNIT_SIGN.name());

		byte[] tampered = file.clone();
		int inside = signature.firstRangeEnd() / 2;
		tampered[inside] ^= 0x01;
		Signature altered = Signature.of(tampered);
		Files.write(directory.resolve("tampered.bin"), altered.signedBytes());
		assertThat(opensslVerifies("tampered.bin")).as("one byte changed").isFalse();
		assertThat(bouncyCastleVerifies(altered.cms(), altered.signedBytes())).isFalse();

		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		assertThat(signed.use().sha256()).isEqualTo(sha256);
		await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
			List<AuditEntry> used = audit
				.search(new AuditQuery(null, null, keeper, "pki.seal-used", Outcome.SUCCESS, "object-" + unit), 0, 5);
			assertThat(used).singleElement().satisfies((entry) -> {
				assertThat(entry.summary()).contains(sha256).contains(signed.use().serial()).contains(login);
				assertThat(entry.after()).contains("sha256=" + sha256);
			});
		});
	}

	@Test
	void aDetachedCmsOverAStreamVerifiesWithOpensslAndItsAuditEntryCarriesTheContentsSha256() throws Exception {
		Pkcs.assumeOpenssl();
		certificateSession(keeper);
		byte[] content = new byte[200_000];
		new Random(3).nextBytes(content);
		ByteArrayOutputStream signature = new ByteArrayOutputStream();

		UnitSeals.SealUse use = seals.signDetached(request(keeper, unit), Hierarchy.STANDARD,
				new ByteArrayInputStream(content), signature);

		Files.write(directory.resolve("content.bin"), content);
		Files.write(directory.resolve("content.p7s"), signature.toByteArray());
		Files.writeString(directory.resolve("chain.pem"), chainPem());
		Pkcs.openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", path("content.p7s"), "-content",
				path("content.bin"), "-CAfile", path("chain.pem"), "-purpose", "any", "-out", "/dev/null");
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		assertThat(use.sha256()).isEqualTo(sha256);
		assertThat(cms
			.verify(new ByteArrayInputStream(signature.toByteArray()), new ByteArrayInputStream(content),
					java.io.OutputStream.nullOutputStream())
			.certificateState()).isEqualTo("VALID");
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, keeper, "pki.seal-used", Outcome.SUCCESS, "object-" + unit), 0, 5))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.summary()).contains(sha256)));
	}

	@Test
	void aStaffMemberWithoutTheSealRoleIsRefusedAndTheRefusalIsAudited() throws Exception {
		String clerk = TestStaff.withRole(accounts, unit, "clerk", "科员", org.zhengtong.identity.IdentityRoles.STAFF);
		certificateSession(clerk);

		assertThatThrownBy(() -> seals.signPdf(request(clerk, unit), pdf("答复书"), "答复")).isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notSealKeeper");

		assertThat(hostedSeals(unit)).as("no seal was made for a refused use").isZero();
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, clerk, "pki.seal-used", Outcome.DENIED, "object-" + unit), 0, 5))
				.hasSize(1));
	}

	@Test
	void theSealKeeperSignedInWithAPasswordOnlyOrARevokedCertificateIsRefused() throws Exception {
		signedIn(keeper, null);
		assertThat(sessions.current()).isEmpty();
		assertThatThrownBy(() -> seals.signPdf(request(keeper, unit), pdf("答复书"), "答复")).isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.certificateSessionNeeded");

		String login = certificateSession(keeper);
		assertThat(sessions.current()).map(CertificateView::serial).contains(login);
		authority.revoke(login, 1, "test");
		assertThat(sessions.current()).as("a revoked certificate's session").isEmpty();
		assertThatThrownBy(() -> seals.signDetached(request(keeper, unit), Hierarchy.STANDARD,
				new ByteArrayInputStream(new byte[10]), new ByteArrayOutputStream()))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.certificateSessionNeeded");

		assertThat(hostedSeals(unit)).isZero();
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, keeper, "pki.seal-used", Outcome.DENIED, "object-" + unit), 0, 5))
				.hasSize(2));
	}

	@Test
	void aSealKeeperCannotUseAnotherUnitsSealNorSignAsSomeoneElse() throws Exception {
		certificateSession(keeper);
		assertThat(seals.holds(keeper, unit)).isTrue();
		assertThat(seals.holds(keeper, otherUnit)).isFalse();

		assertThatThrownBy(() -> seals.signPdf(request(keeper, otherUnit), pdf("答复书"), "答复"))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notSealKeeper");
		String otherKeeper = TestStaff.withRole(accounts, unit, "seal", "印章管理员", PkiRoles.SEAL_KEEPER);
		assertThatThrownBy(() -> seals.signPdf(request(otherKeeper, unit), pdf("答复书"), "答复"))
			.as("the signed-in person signs only as themselves")
			.isInstanceOf(PkiRefused.class);
		assertThat(hostedSeals(otherUnit)).isZero();
	}

	@Test
	void oneSealIsIssuedAndKeptAndARenamedUnitGetsANewOneWithItsNewName() throws Exception {
		certificateSession(keeper);
		CertificateView first = seals.obtain(request(keeper, unit), Hierarchy.STANDARD);
		assertThat(seals.obtain(request(keeper, unit), Hierarchy.STANDARD).serial()).isEqualTo(first.serial());
		CertificateView sm2 = seals.obtain(request(keeper, unit), Hierarchy.SM2);
		assertThat(sm2.profile()).isEqualTo(CertificateProfile.UNIT_SIGN_SM2.name());

		units.rename(unit, new UnitNames("秦川市新用印局" + unit.toString().substring(0, 6), "新用印局", "New Seal Bureau", null),
				LocalDate.now(), "test");
		CertificateView renamed = seals.obtain(request(keeper, unit), Hierarchy.STANDARD);
		assertThat(renamed.serial()).isNotEqualTo(first.serial());
		assertThat(renamed.subject()).contains("秦川市新用印局");
		assertThat(first.subject()).doesNotContain("新用印局");
	}

	// --- helpers

	private SealRequest request(String actor, UUID sealOf) {
		return new SealRequest(actor, sealOf, "测试文书", "test_document", "object-" + sealOf);
	}

	/**
	 * A session opened with a new login certificate of {@code username}'s; its serial.
	 */
	private String certificateSession(String username) throws Exception {
		X509Certificate certificate = authority.issue(CertificateProfile.STAFF_AUTH, new X500Name("CN=" + username),
				Pkcs.p256().getPublic(), List.of(), username, unit, "test", null);
		String serial = CertificateBuilder.hex(certificate.getSerialNumber());
		signedIn(username, serial);
		return serial;
	}

	private long hostedSeals(UUID of) {
		return jdbc.sql("SELECT count(*) FROM pki_certificate WHERE unit_id = ? AND private_key IS NOT NULL")
			.param(of)
			.query(Long.class)
			.single();
	}

	static byte[] pdf(String text) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont song = BaseFont.createFont("STSongStd-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
		document.add(new Paragraph(text, new Font(song, 14)));
		document.close();
		return out.toByteArray();
	}

	private String chainPem() {
		return Pem.of(authorities.chain(Hierarchy.STANDARD));
	}

	private String path(String name) {
		return directory.resolve(name).toString();
	}

	private boolean opensslVerifies(String content) throws Exception {
		Files.writeString(directory.resolve("chain.pem"), chainPem());
		List<String> command = new ArrayList<>(List.of("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
				path("signature.der"), "-content", path(content), "-CAfile", path("chain.pem"), "-purpose", "any",
				"-out", "/dev/null"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().readAllBytes();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return process.exitValue() == 0;
	}

	static boolean bouncyCastleVerifies(byte[] der, byte[] content) throws Exception {
		CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(content), der);
		SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
		@SuppressWarnings("unchecked")
		X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		try {
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider("BC").build(holder));
		}
		catch (org.bouncycastle.cms.CMSException ex) {
			return false;
		}
	}

	static X509Certificate signer(byte[] der) throws Exception {
		CMSSignedData signed = new CMSSignedData(der);
		SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
		X509CertificateHolder holder = (X509CertificateHolder) signed.getCertificates()
			.getMatches(signer.getSID())
			.iterator()
			.next();
		return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
	}

	/**
	 * A PDF signature read the way a verifier reads it: the last /ByteRange, the bytes it
	 * covers, and the DER CMS in the /Contents hole between them.
	 */
	record Signature(byte[] signedBytes, byte[] cms, int firstRangeEnd) {

		static Signature of(byte[] file) throws Exception {
			String text = new String(file, StandardCharsets.ISO_8859_1);
			Matcher range = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
				.matcher(text);
			assertThat(range.find()).as("a /ByteRange").isTrue();
			int start1 = Integer.parseInt(range.group(1));
			int length1 = Integer.parseInt(range.group(2));
			int start2 = Integer.parseInt(range.group(3));
			int length2 = Integer.parseInt(range.group(4));
			assertThat(start1).isZero();
			assertThat(start2 + length2).as("the ranges cover the file to its end").isEqualTo(file.length);
			ByteArrayOutputStream signed = new ByteArrayOutputStream();
			signed.write(file, start1, length1);
			signed.write(file, start2, length2);
			String hex = text.substring(length1 + 1, start2 - 1);
			byte[] contents = HexFormat.of().parseHex(hex);
			byte[] der;
			try (ASN1InputStream in = new ASN1InputStream(contents)) {
				der = in.readObject().getEncoded(ASN1Encoding.DER);
			}
			return new Signature(signed.toByteArray(), der, length1);
		}

	}

}
