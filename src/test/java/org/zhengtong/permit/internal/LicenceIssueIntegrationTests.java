package org.zhengtong.permit.internal;

import static org.zhengtong.testing.CertificateSignIn.signedIn;
import static org.zhengtong.testing.PdfText.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.files.FileManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.IssueLicence;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.CertificateAuthority;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.Hierarchy;
import org.zhengtong.pki.Pem;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.CreditCode;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * 电子证照 (行政许可法 art. 44): a seal keeper of the department, signed in with a certificate,
 * issues a licence whose number comes gap-free from the type's counter, whose PDF names
 * the department as it was called that day and carries a QR link to the verification
 * page, sealed, with a detached .p7s that {@code openssl cms -verify} accepts; a
 * password-only session stores nothing and is audited DENIED; the public answer changes
 * at once when the department's 审批负责人 revokes it.
 */
@IntegrationTest
class LicenceIssueIntegrationTests {

	@TempDir
	Path directory;

	@Autowired
	Licences licences;

	@Autowired
	LicenceVerification verification;

	@Autowired
	LicenceRecords records;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	FileManagement files;

	@Autowired
	AuditManagement audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	UUID department;

	String keeper;

	@BeforeEach
	void department() {
		department = TestStaff.unit(units, "市场监督管理局", "Market Regulation");
		keeper = TestStaff.withRole(accounts, department, "zz", "印章管理员", PkiRoles.SEAL_KEEPER);
	}

	@AfterEach
	void signOut() {
		RequestContextHolder.resetRequestAttributes();
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSealKeeperInACertificateSessionIssuesASealedPdfWhoseP7sOpensslVerifiesAndTheVerificationPageSaysValid()
			throws Exception {
		signedIn(keeper, certificateOf(keeper));
		String creditCode = creditCode("91610100MA6TEXT01");

		IssueLicence food = food("XK2026000777", "秦川味道餐饮有限公司", ApplicantKind.ENTERPRISE, creditCode);
		Map<String, String> named = new java.util.HashMap<>(food.fields());
		named.put("businessName", "秦川味道·长安店");
		LicenceView issued = licences.issue(new IssueLicence(food.type(), food.caseNumber(), food.holderName(),
				food.holderKind(), food.holderId(), named, food.departmentId(), null), keeper);

		int year = LocalDate.now(clock).getYear();
		assertThat(issued.number()).matches("JY" + year + "\\d{6}");
		assertThat(issued.validTo()).isEqualTo(issued.validFrom().plusYears(5).minusDays(1));
		Licence stored = records.findByNumber(issued.number()).orElseThrow();
		byte[] pdf = bytes(stored.pdfLink());
		byte[] p7s = bytes(stored.p7sLink());
		assertThat(sha256(pdf)).isEqualTo(issued.pdfSha256());
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/ByteRange")
			.contains("/adbe.pkcs7.detached");
		String departmentName = units.find(department, LocalDate.now(clock)).orElseThrow().names().fullName();
		assertThat(text(pdf)).contains("食品经营许可证")
			.contains(issued.number())
			.contains("秦川味道餐饮有限公司")
			.contains(creditCode)
			.contains("发证机关：" + departmentName)
			.contains("长安路1号")
			.as("the optional business name, given")
			.contains("经营者名称（字号）", "秦川味道·长安店");
		assertThat(issued.departmentName()).isEqualTo(departmentName);

		Pkcs.assumeOpenssl();
		Files.write(directory.resolve("licence.pdf"), pdf);
		Files.write(directory.resolve("licence.p7s"), p7s);
		Files.writeString(directory.resolve("chain.pem"), Pem.of(authority.chain(Hierarchy.STANDARD)));
		Pkcs.openssl("cms", "-verify", "-binary", "-content", path("licence.pdf"), "-inform", "DER", "-in",
				path("licence.p7s"), "-CAfile", path("chain.pem"), "-purpose", "any", "-out", "/dev/null");
		byte[] tampered = pdf.clone();
		tampered[pdf.length / 3] ^= 0x01;
		Files.write(directory.resolve("tampered.pdf"), tampered);
		assertThatThrownBy(() -> Pkcs.openssl("cms", "-verify", "-binary", "-content", path("tampered.pdf"), "-inform",
				"DER", "-in", path("licence.p7s"), "-CAfile", path("chain.pem"), "-purpose", "any", "-out",
				"/dev/null"))
			.as("one changed byte")
			.isInstanceOf(Throwable.class);

		LicenceVerification.PublicLicence shown = verification.byNumber(issued.number()).orElseThrow();
		assertThat(shown.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(shown.holderShown()).isEqualTo("秦川味道餐饮有限公司");
		assertThat(shown.creditCode()).isEqualTo(creditCode);
		assertThat(verification.matches(issued.number(), new ByteArrayInputStream(pdf)))
			.isEqualTo(LicenceVerification.FileMatch.ISSUED);
		assertThat(verification.matches(issued.number(), new ByteArrayInputStream(tampered)))
			.isEqualTo(LicenceVerification.FileMatch.NOT_ISSUED);
		byte[] ofd = bytes(stored.ofdLink());
		assertThat(issued.ofdSha256()).isEqualTo(sha256(ofd));
		assertThat(new String(ofd, StandardCharsets.ISO_8859_1)).contains("Doc_0/Signs/Sign_0/SignedValue.dat");
		assertThat(verification.matches(issued.number(), new ByteArrayInputStream(ofd)))
			.isEqualTo(LicenceVerification.FileMatch.ISSUED);
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, keeper, LicenceService.ISSUED, Outcome.SUCCESS, null), 0, 5))
				.anySatisfy(
						(entry) -> assertThat(entry.summary()).contains(issued.number()).contains(issued.pdfSha256())));
	}

	@Test
	void aPasswordOnlySessionIsRefusedWithAClearMessageNothingIsStoredOrNumberedAndTheRefusalIsAudited() {
		signedIn(keeper, null);
		String caseNumber = "XK2026" + unique();
		long before = jdbc.sql("SELECT count(*) FROM permit_licence").query(Long.class).single();

		assertThatThrownBy(() -> licences
			.issue(food(caseNumber, "秦川小吃店", ApplicantKind.ENTERPRISE, creditCode("92610100MA6TEXT02")), keeper))
			.isInstanceOf(LicenceRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.certificateSessionNeeded")
			.hasMessageContaining("certificate");

		assertThat(jdbc.sql("SELECT count(*) FROM permit_licence WHERE case_number = ?")
			.param(caseNumber)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM permit_licence").query(Long.class).single())
			.isGreaterThanOrEqualTo(before);
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, keeper, LicenceService.ISSUED, Outcome.DENIED, null), 0, 5))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains(caseNumber)));
	}

	@Test
	void someoneWithoutTheDepartmentsSealIsRefusedEvenWithACertificate() throws Exception {
		UUID other = TestStaff.unit(units, "卫生健康委员会", "Health Commission");
		String otherKeeper = TestStaff.withRole(accounts, other, "wz", "印章管理员", PkiRoles.SEAL_KEEPER);
		signedIn(otherKeeper, certificateOf(otherKeeper));

		assertThatThrownBy(() -> licences.issue(
				food("XK2026" + unique(), "秦川小吃店", ApplicantKind.ENTERPRISE, creditCode("92610100MA6TEXT03")),
				otherKeeper))
			.isInstanceOf(LicenceRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.notSealKeeper");
	}

	@Test
	void licenceNumbersOfATypeAreConsecutiveWhenSealKeepersIssueAtOnce() throws Exception {
		int threads = 3;
		List<String> keepers = new ArrayList<>();
		List<String> logins = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			String person = TestStaff.withRole(accounts, department, "zz", "印章管理员", PkiRoles.SEAL_KEEPER);
			keepers.add(person);
			logins.add(certificateOf(person));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<LicenceView>> issued = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				String person = keepers.get(i);
				String login = logins.get(i);
				Callable<LicenceView> issue = () -> {
					signedIn(person, login);
					try {
						return licences.issue(
								new IssueLicence(LicenceType.ROAD_TRANSPORT, "XK2026" + unique(), "秦川运输有限公司",
										ApplicantKind.ENTERPRISE, creditCode("91610100MA6TEXT04"), Map.of("premises",
												"秦川市长安路9号", "scope", "道路普通货物运输", "legalRepresentative", "王五"),
										department, null),
								person);
					}
					finally {
						signOut();
					}
				};
				issued.add(pool.submit(issue));
			}
			List<Long> sequences = new ArrayList<>();
			for (Future<LicenceView> one : issued) {
				String number = one.get(2, TimeUnit.MINUTES).number();
				assertThat(number).startsWith("DY");
				sequences.add(Long.parseLong(number.substring(6)));
			}
			sequences.sort(null);
			for (int i = 1; i < sequences.size(); i++) {
				assertThat(sequences.get(i)).as("no gap, no duplicate").isEqualTo(sequences.get(i - 1) + 1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aCitizensNameIsMaskedAndTheDepartmentsLeaderRevokesWithAReasonSoTheAnswerChangesAtOnce() throws Exception {
		signedIn(keeper, certificateOf(keeper));
		LicenceView issued = licences.issue(
				new IssueLicence(LicenceType.PUBLIC_HEALTH, "XK2026" + unique(), "张小三", ApplicantKind.CITIZEN,
						residentId("61010319900307001"),
						Map.of("premises", "秦川市长安路3号", "scope", "理发店", "legalRepresentative", "张小三"), department, null),
				keeper);
		signOut();
		assertThat(issued.holderIdShown()).contains("**********");
		LicenceVerification.PublicLicence shown = verification.byNumber(issued.number()).orElseThrow();
		assertThat(shown.holderShown()).isEqualTo("张*三");
		assertThat(shown.creditCode()).isNull();
		assertThat(shown.fields()).as("a person's details stay off the public page").isEmpty();

		String leader = TestStaff.withRole(accounts, department, "ld", "审批负责人", PermitRoles.PERMIT_LEADER);
		UUID elsewhere = TestStaff.unit(units, "交通运输局", "Transport");
		String otherLeader = TestStaff.withRole(accounts, elsewhere, "ld", "审批负责人", PermitRoles.PERMIT_LEADER);
		assertThatThrownBy(() -> licences.end(issued.number(), true, "违法取得", otherLeader))
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.notFound");
		assertThatThrownBy(() -> licences.end(issued.number(), true, "违法取得", keeper))
			.as("the seal keeper does not decide")
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.notFound");
		assertThatThrownBy(() -> licences.end(issued.number(), true, " ", leader))
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.reasonMissing");
		assertThat(verification.byNumber(issued.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);

		licences.end(issued.number(), true, "以欺骗手段取得许可（行政许可法第六十九条）", leader);

		LicenceVerification.PublicLicence revoked = verification.byNumber(issued.number()).orElseThrow();
		assertThat(revoked.status()).isEqualTo(LicenceStatus.REVOKED);
		assertThat(revoked.statusReason()).contains("第六十九条");
		assertThatThrownBy(() -> licences.end(issued.number(), false, "注销", leader))
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.notValid");
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, otherLeader, LicenceService.REVOKED, Outcome.DENIED, null), 0, 5))
				.isNotEmpty());
	}

	@Test
	void whenTheSealCertificateIsRevokedTheLicenceStaysValidAndThePageSaysWhenTheCertificateWasRevoked()
			throws Exception {
		signedIn(keeper, certificateOf(keeper));
		LicenceView issued = licences.issue(
				food("XK2026" + unique(), "秦川面馆有限公司", ApplicantKind.ENTERPRISE, creditCode("91610100MA6TEXT05")),
				keeper);
		signOut();
		assertThat(verification.byNumber(issued.number()).orElseThrow().sealRevokedAt()).isNull();

		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		certificates.revoke(issued.sealSerial(), 1, operator);

		LicenceVerification.PublicLicence shown = verification.byNumber(issued.number()).orElseThrow();
		assertThat(shown.status()).isEqualTo(LicenceStatus.VALID);
		assertThat(shown.sealRevokedAt()).isNotNull();
	}

	static IssueLicence food(String caseNumber, String holder, ApplicantKind kind, String id, UUID department) {
		return new IssueLicence(LicenceType.FOOD_BUSINESS, caseNumber, holder, kind, id, Map.of("premises", "秦川市长安路1号",
				"businessType", "餐饮服务经营者", "scope", "热食类食品制售", "legalRepresentative", "李四"), department, null);
	}

	private IssueLicence food(String caseNumber, String holder, ApplicantKind kind, String id) {
		return food(caseNumber, holder, kind, id, department);
	}

	/** A valid 统一社会信用代码 from 17 characters. */
	static String creditCode(String first17) {
		return first17 + CreditCode.checkCharacter(first17);
	}

	static String residentId(String first17) {
		return first17 + ResidentIdNumber.checkCharacter(first17);
	}

	static String unique() {
		return Long.toString(System.nanoTime() % 1_000_000);
	}

	private byte[] bytes(UUID link) throws Exception {
		try (var in = files.open(files.find(link).orElseThrow().file())) {
			return in.readAllBytes();
		}
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
	}

	private String path(String name) {
		return directory.resolve(name).toString();
	}

	/**
	 * A login certificate issued to the person through the RA (an RA operator approves).
	 */
	String certificateOf(String username) throws Exception {
		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		return certificates.approve(request.id(), operator).orElseThrow().serial();
	}

}
