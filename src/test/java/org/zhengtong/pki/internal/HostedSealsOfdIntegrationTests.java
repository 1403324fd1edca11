package org.zhengtong.pki.internal;

import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SM2 electronic seal on an OFD (GB/T 38540 SES_Signature, GB/T 33190 §18): made with
 * the unit's hosted SM2 key under the SM2 hierarchy, it verifies (SM3withSM2 over the
 * Signature.xml's SM3, every file's SM3 as listed); one changed file or an added file
 * breaks it; without a certificate session nothing is sealed. Debian's OpenSSL has no SM2
 * CMS (decisions.md), so Bouncy Castle checks it.
 */
@IntegrationTest
class HostedSealsOfdIntegrationTests {

	@Autowired
	UnitSeals seals;

	@Autowired
	CertificateAuthorityService authority;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	UUID unit;

	String keeper;

	@BeforeEach
	void unitAndKeeper() {
		unit = TestStaff.unit(units, "发证局", "Licence Bureau");
		keeper = TestStaff.withRole(accounts, unit, "seal", "印章管理员", PkiRoles.SEAL_KEEPER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void anOfdSealedWithTheUnitsSm2SealVerifiesAndAChangedOrAddedFileBreaksIt() throws Exception {
		signedIn(keeper, loginCertificate(keeper));

		UnitSeals.SealedOfd sealed = seals.sealOfd(request(), ofd(), new byte[] { (byte) 0x89, 'P', 'N', 'G' });

		OfdSeals.Check check = OfdSeals.check(sealed.ofd());
		assertThat(check.intact()).isTrue();
		String name = units.find(unit, LocalDate.now()).orElseThrow().names().fullName();
		assertThat(check.sealName()).isEqualTo(name);
		assertThat(check.signer()).contains(name);
		assertThat(certificates.certificate(sealed.use().serial()).orElseThrow().profile())
			.isEqualTo(CertificateProfile.UNIT_SIGN_SM2.name());

		Map<String, byte[]> files = OfdSeals.unzip(sealed.ofd());
		assertThat(new String(files.get("OFD.xml"), StandardCharsets.UTF_8))
			.contains("<ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures>");
		Map<String, byte[]> changed = new LinkedHashMap<>(files);
		changed.put("Doc_0/Pages/Page_0/Content.xml",
				new String(files.get("Doc_0/Pages/Page_0/Content.xml"), StandardCharsets.UTF_8)
					.replace("有效期至2031年", "有效期至2041年")
					.replace("秦川", "秦州")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(OfdSeals.check(OfdSeals.zip(changed)).intact()).as("a changed page").isFalse();
		Map<String, byte[]> added = new LinkedHashMap<>(files);
		added.put("Doc_0/Res/extra.png", new byte[] { 1, 2, 3 });
		assertThat(OfdSeals.check(OfdSeals.zip(added)).intact()).as("an added file").isFalse();
	}

	@Test
	void aPasswordSessionSealsNothingAndAPdfIsNotAnOfd() throws Exception {
		signedIn(keeper, null);
		assertThatThrownBy(() -> seals.sealOfd(request(), ofd(), new byte[] { 1 }))
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.certificateSessionNeeded");
		signedIn(keeper, loginCertificate(keeper));
		assertThatThrownBy(
				() -> seals.sealOfd(request(), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), new byte[] { 1 }))
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notOfd");
	}

	private UnitSeals.SealRequest request() {
		return new UnitSeals.SealRequest(keeper, unit, "电子证照 测试", "permit_licence", UUID.randomUUID().toString());
	}

	/** The smallest OFD package: OFD.xml, a document with one page. */
	static byte[] ofd() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
		files.put("OFD.xml",
				("<ofd:OFD " + ns + " Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody>"
						+ "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
					.getBytes(StandardCharsets.UTF_8));
		files.put("Doc_0/Document.xml",
				("<ofd:Document " + ns + "><ofd:Pages><ofd:Page ID=\"1\" "
						+ "BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>")
					.getBytes(StandardCharsets.UTF_8));
		files.put("Doc_0/Pages/Page_0/Content.xml", ("<ofd:Page " + ns + "><ofd:Content><ofd:Layer ID=\"2\">"
				+ "<ofd:TextObject ID=\"3\" Boundary=\"0 0 210 297\" Font=\"4\" Size=\"5\"><ofd:TextCode X=\"20\" Y=\"20\">"
				+ "秦川市食品经营许可证 有效期至2031年</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>")
			.getBytes(StandardCharsets.UTF_8));
		return OfdSeals.zip(files);
	}

	private String loginCertificate(String username) throws Exception {
		X509Certificate certificate = authority.issue(CertificateProfile.STAFF_AUTH, new X500Name("CN=" + username),
				Pkcs.p256().getPublic(), List.of(), username, unit, "test", null);
		return CertificateBuilder.hex(certificate.getSerialNumber());
	}

}
