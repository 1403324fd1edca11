package org.zhengtong.interaction.internal;

import static org.zhengtong.testing.CertificateSignIn.signedIn;
import static org.zhengtong.testing.PdfText.text;

import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.zhengtong.interaction.DisclosureLetterSealed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Casework;
import org.zhengtong.content.AnnualReport.Applicant;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The 答复书 of a disclosure request (政府信息公开条例 art. 36): laid out when the answer is
 * recorded, with the reply type, its legal basis and ground, and the applicant's remedy;
 * waiting in the 用印 step of the unit's 印章管理员 until one of them, signed in with their
 * certificate, seals it with the unit's hosted key; only then can the applicant download
 * it, and its signature verifies.
 */
@IntegrationTest
@RecordApplicationEvents
class DisclosureLetterIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	DisclosureRequestService service;

	@Autowired
	DisclosureLetterService letters;

	@Autowired
	DisclosureLetters stored;

	@Autowired
	Casework casework;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	AuditManagement audit;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserDetailsService users;

	UUID bureau;

	String officer;

	String keeper;

	@BeforeEach
	void bureau() {
		bureau = TestStaff.unit(units, "公开局", "Disclosure Bureau");
		officer = TestStaff.withRole(accounts, bureau, "gk", "信息公开专员", InteractionRoles.DISCLOSURE_OFFICER);
		keeper = TestStaff.withRole(accounts, bureau, "yz", "印章管理员", PkiRoles.SEAL_KEEPER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theAnswerWaitsForTheSealKeeperWhoSealsItWithACertificateThenTheApplicantDownloadsAVerifiedPdf()
			throws Exception {
		DisclosureRequestService.Received received = online("2025年校舍维修合同");
		UUID id = received.request().id();
		signedIn(officer, null);
		service.answer(id, DisclosureReply.WITHHELD, DisclosureGround.THIRD_PARTY, "合同含第三方商业秘密，第三方不同意公开。", officer);

		DisclosureLetter waiting = stored.findById(id).orElseThrow();
		assertThat(waiting.state()).isEqualTo(DisclosureLetter.State.AWAITING_SEAL);
		assertThat(letters.sealedFor(received.request())).as("not for the applicant yet").isEmpty();
		assertThat(casework.openTasks(waiting.caseId())).singleElement()
			.satisfies((task) -> assertThat(task.assignee().key())
				.isEqualTo("unit:" + bureau + ":" + UnitSeals.SEAL_PERMISSION));
		String text = text(waiting.pdf());
		assertThat(text).contains("政府信息公开申请答复书")
			.contains(received.request().number())
			.contains("王小明")
			.contains("2025年校舍维修合同")
			.contains("不予公开")
			.contains("第三十六条第（三）项")
			.contains("第三方")
			.contains("六十日")
			.contains("六个月")
			.contains(units.find(bureau, LocalDate.now()).orElseThrow().names().fullName());
		assertThat(download(received).getResponse().getStatus()).as("the applicant waits for the seal").isEqualTo(302);
		assertThat(events.stream(DisclosureLetterSealed.class)).as("nothing to download yet").isEmpty();

		signedIn(keeper, certificateOf(keeper));
		DisclosureLetter sealed = letters.seal(id, keeper);

		assertThat(sealed.sealed()).isTrue();
		assertThat(events.stream(DisclosureLetterSealed.class)).as("the applicant is told it can be downloaded")
			.singleElement()
			.satisfies((told) -> assertThat(told.number()).isEqualTo(received.request().number()));
		assertThat(casework.openTasks(waiting.caseId())).isEmpty();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sealed.pdf()));
		assertThat(sealed.sha256()).isEqualTo(sha256);
		assertThat(verifies(sealed.pdf())).isTrue();
		byte[] tampered = sealed.pdf().clone();
		// a byte of the signed ranges (the end of the file is always in the second)
		tampered[tampered.length - 40] ^= 0x01;
		assertThat(verifies(tampered)).as("one byte changed").isFalse();
		assertThat(text(sealed.pdf())).contains("不予公开");
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, keeper, "pki.seal-used", Outcome.SUCCESS, id.toString()), 0, 5))
				.singleElement()
				.satisfies((entry) -> assertThat(entry.summary()).contains(sha256)));

		MvcTestResult download = download(received);
		assertThat(download.getResponse().getStatus()).isEqualTo(200);
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(sealed.pdf());
		assertThatThrownBy(() -> letters.seal(id, keeper)).isInstanceOf(DisclosureRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "interaction.disclosure.refused.alreadySealed");
	}

	@Test
	void withoutACertificateSessionOrTheSealRoleOrForAnotherUnitNothingIsSealed() throws Exception {
		DisclosureRequestService.Received received = online("学校食堂检查报告");
		UUID id = received.request().id();
		signedIn(officer, null);
		service.answer(id, DisclosureReply.DISCLOSED, null, "报告见附件。", officer);

		signedIn(keeper, null);
		assertThatThrownBy(() -> letters.seal(id, keeper)).isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.certificateSessionNeeded");
		assertThatThrownBy(() -> letters.seal(id, officer)).as("the officer holds no seal role")
			.isInstanceOf(PkiRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "pki.refused.notSealKeeper");
		UUID elsewhere = TestStaff.unit(units, "别局", "Other Bureau");
		String otherKeeper = TestStaff.withRole(accounts, elsewhere, "yz", "印章管理员", PkiRoles.SEAL_KEEPER);
		signedIn(otherKeeper, certificateOf(otherKeeper));
		assertThatThrownBy(() -> letters.seal(id, otherKeeper)).as("another unit's keeper does not see it")
			.isInstanceOf(DisclosureRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "interaction.disclosure.refused.notFound");

		assertThat(stored.findById(id).orElseThrow().state()).isEqualTo(DisclosureLetter.State.AWAITING_SEAL);
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, "pki.seal-used", Outcome.DENIED, id.toString()), 0, 5))
				.hasSize(2));
		assertThat(mvc.get()
			.uri("/workbench/disclosure/" + id + "/letter")
			.with(user(users.loadUserByUsername(otherKeeper)))
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(404);
		MvcTestResult staff = mvc.get()
			.uri("/workbench/disclosure/" + id + "/letter")
			.with(user(users.loadUserByUsername(officer)))
			.exchange();
		assertThat(staff.getResponse().getStatus()).isEqualTo(200);
		assertThat(staff.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(mvc.get()
			.uri("/workbench/disclosure/" + id + "/seal")
			.with(user(users.loadUserByUsername(keeper)))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("待用印").contains("用印须以本人数字证书登录");
	}

	@Test
	void aSealKeeperInACertificateSessionWhoAnswersSealsAtOnce() throws Exception {
		String both = TestStaff.withRole(accounts, bureau, "gy", "信息公开专员兼印章管理员", InteractionRoles.DISCLOSURE_OFFICER);
		accounts.grant(both, PkiRoles.SEAL_KEEPER);
		DisclosureRequestService.Received received = online("招生计划");
		signedIn(both, certificateOf(both));

		service.answer(received.request().id(), DisclosureReply.NOT_HELD, null, "本机关未制作该信息。", both);

		DisclosureLetter letter = stored.findById(received.request().id()).orElseThrow();
		assertThat(letter.sealed()).isTrue();
		assertThat(letter.caseId()).as("no 用印 step").isNull();
		assertThat(text(letter.pdf())).contains("信息不存在").contains("第三十六条第（四）项");
	}

	// --- helpers

	private DisclosureRequestService.Received online(String description) {
		return service.receive(new ReceiveDisclosure(bureau, DisclosureRequest.Channel.ONLINE, Applicant.PERSON, "王小明",
				"11010519491231002X", null, null, "13900000000", null, null, description,
				DisclosureRequest.Medium.ELECTRONIC, DisclosureRequest.Delivery.ONLINE, null, LocalDate.now(),
				"system"));
	}

	private MvcTestResult download(DisclosureRequestService.Received received) {
		return mvc.post()
			.uri("/interaction/disclosure/letter")
			.param("number", received.request().number())
			.param("code", received.queryCode())
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr("198.18.7." + (1 + new java.util.Random().nextInt(250)));
				return request;
			})
			.exchange();
	}

	/**
	 * A login certificate issued to the person through the RA (an RA operator approves).
	 */
	private String certificateOf(String username) throws Exception {
		String operator = TestStaff.withRole(accounts, bureau, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		return certificates.approve(request.id(), operator).orElseThrow().serial();
	}

	/** The PDF's signature over its /ByteRange, checked with Bouncy Castle. */
	private static boolean verifies(byte[] file) throws Exception {
		String text = new String(file, StandardCharsets.ISO_8859_1);
		Matcher range = Pattern.compile("/ByteRange\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]")
			.matcher(text);
		assertThat(range.find()).isTrue();
		int length1 = Integer.parseInt(range.group(2));
		int start2 = Integer.parseInt(range.group(3));
		int length2 = Integer.parseInt(range.group(4));
		ByteArrayOutputStream signed = new ByteArrayOutputStream();
		signed.write(file, 0, length1);
		signed.write(file, start2, length2);
		byte[] der;
		try (ASN1InputStream in = new ASN1InputStream(
				HexFormat.of().parseHex(text.substring(length1 + 1, start2 - 1)))) {
			der = in.readObject().getEncoded(ASN1Encoding.DER);
		}
		CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed.toByteArray()), der);
		SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
		X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
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

}
