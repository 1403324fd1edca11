package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhengtong.testing.CertificateSignIn.signOut;
import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.ApplicantKind;
import org.zhengtong.permit.IssueRefused;
import org.zhengtong.permit.LicenceRefused;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.shared.ResidentIdNumber;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * 发证 and 办结 (行政许可法 art. 44): an approval with a licence gets a 10-working-day 发证 clock at
 * the decision; the department's seal keeper in a certificate session issues the licence
 * from the case (holder from the applicant), which closes the case on the core, stops its
 * clocks and invites the applicant to rate the service; a password session, a keeper of
 * another department and a second issue are refused with nothing changed and audited. A
 * revoked seal certificate (the OFD's SM2 one here) leaves the licence valid and the
 * verification page says when the certificate was revoked.
 */
@IntegrationTest
class IssueDeskIntegrationTests {

	static final Map<String, String> FOOD = Map.of("premises", "秦川市长安路1号", "businessType", "餐饮服务经营者", "scope",
			"热食类食品制售", "legalRepresentative", "李四");

	@Autowired
	IssueDesk desk;

	@Autowired
	IssueRecords records;

	@Autowired
	PermitCases cases;

	@Autowired
	Casework casework;

	@Autowired
	Deadlines deadlines;

	@Autowired
	RatingManagement ratings;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	AuditManagement audit;

	@Autowired
	LicenceRecords licences;

	@Autowired
	LicenceVerification verification;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	TestPermitCases received;

	TestDecidedCases fixture;

	TestDecidedCases.Department staff;

	UUID department;

	String keeper;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestDecidedCases.in(context);
		received = fixture.received();
		staff = fixture.department();
		department = staff.id();
		keeper = staff.keeper();
		guide = fixture.licenceGuide(department);
	}

	@AfterEach
	void tearDown() {
		signOut();
	}

	@Test
	void theSealKeeperInACertificateSessionIssuesTheLicenceWhichClosesTheCaseStopsItsClocksAndInvitesARating()
			throws Exception {
		PermitCase decided = fixture.decided(guide, received.citizen(), enterprise(), staff);
		assertThat(decided.issueClockId()).as("art. 44 clock started on the decision").isNotNull();
		assertThat(deadlines.view(decided.issueClockId()).amount()).isEqualTo(IssueDesk.ISSUE_DAYS);
		assertThat(records.waiting(department, null, null, 0, 20).items())
			.anySatisfy((row) -> assertThat(row.number()).isEqualTo(decided.number()));
		IssueDesk.Prefill prefill = desk.prefill(decided);
		assertThat(prefill.fields()).containsEntry("premises", "秦川市长安路1号").containsEntry("scope", "热食类食品制售");
		assertThat(prefill.holderIdNeeded()).isFalse();
		signedIn(keeper, certificateOf(keeper));

		LicenceView licence = desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, keeper);

		assertThat(licence.caseNumber()).isEqualTo(decided.number());
		assertThat(licence.holderName()).isEqualTo("秦川味道餐饮有限公司");
		PermitCase closed = cases.findById(decided.id()).orElseThrow();
		assertThat(closed.state()).isEqualTo(PermitCaseState.CLOSED);
		assertThat(closed.licenceNumber()).isEqualTo(licence.number());
		assertThat(closed.closedAt()).isNotNull();
		assertThat(casework.find(closed.caseworkCaseId()).orElseThrow().state()).isEqualTo("CLOSED");
		assertThat(casework.openTasks(closed.caseworkCaseId())).isEmpty();
		assertThat(deadlines.view(closed.issueClockId()).colour()).isEqualTo(ClockColour.STOPPED);
		assertThat(deadlines.view(closed.legalClockId()).colour()).isEqualTo(ClockColour.STOPPED);
		assertThat(ratings.invited(CaseClosure.subject(closed.id()))).isTrue();
		assertThat(records.waiting(department, null, null, 0, 20).items())
			.noneSatisfy((row) -> assertThat(row.number()).isEqualTo(decided.number()));
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, keeper, IssueDesk.CLOSED, Outcome.SUCCESS, null), 0, 5))
				.anySatisfy(
						(entry) -> assertThat(entry.summary()).contains(decided.number()).contains(licence.number())));

		assertThatThrownBy(() -> desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, keeper))
			.as("a second licence for the case")
			.isInstanceOf(IssueRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.issue.refused.notWaiting");
		assertThat(jdbc.sql("SELECT count(*) FROM permit_licence WHERE case_number = ?")
			.param(decided.number())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPasswordSessionIsRefusedNothingChangesAndTheRefusalIsAudited() {
		PermitCase decided = fixture.decided(guide, received.citizen(), enterprise(), staff);
		signedIn(keeper, null);

		assertThatThrownBy(() -> desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, keeper))
			.isInstanceOf(LicenceRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.licence.refused.certificateSessionNeeded");

		PermitCase after = cases.findById(decided.id()).orElseThrow();
		assertThat(after.state()).isEqualTo(PermitCaseState.DECIDED);
		assertThat(after.licenceNumber()).isNull();
		assertThat(casework.find(after.caseworkCaseId()).orElseThrow().state()).isEqualTo("DECIDED");
		assertThat(deadlines.view(after.issueClockId()).colour()).isNotEqualTo(ClockColour.STOPPED);
		assertThat(ratings.invited(CaseClosure.subject(after.id()))).isFalse();
		assertThat(jdbc.sql("SELECT count(*) FROM permit_licence WHERE case_number = ?")
			.param(decided.number())
			.query(Long.class)
			.single()).isZero();
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, keeper, LicenceService.ISSUED, Outcome.DENIED, null), 0, 5))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains(decided.number())));
	}

	@Test
	void aKeeperOfAnotherDepartmentIsToldTheCaseDoesNotExistAndIsAudited() throws Exception {
		PermitCase decided = fixture.decided(guide, received.citizen(), enterprise(), staff);
		UUID other = TestStaff.unit(units, "卫生健康委员会", "Health Commission");
		String otherKeeper = TestStaff.withRole(accounts, other, "yz", "印章管理员", PkiRoles.SEAL_KEEPER);
		signedIn(otherKeeper, certificateOf(otherKeeper));

		assertThatThrownBy(() -> desk.forKeeper(decided.number(), otherKeeper)).isInstanceOf(IssueRefused.class);
		assertThatThrownBy(() -> desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, otherKeeper))
			.isInstanceOf(IssueRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.issue.refused.notFound");

		assertThat(cases.findById(decided.id()).orElseThrow().state()).isEqualTo(PermitCaseState.DECIDED);
		await().atMost(10, TimeUnit.SECONDS)
			.untilAsserted(() -> assertThat(
					audit.search(new AuditQuery(null, null, otherKeeper, IssueDesk.ISSUE, Outcome.DENIED, null), 0, 5))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains(decided.number())));
	}

	@Test
	void anOnlineCitizensFullIdNumberIsTypedFromTheMaterialsAndMustMatchTheMaskedOne() throws Exception {
		String first17 = "61010319900307001";
		ResidentIdNumber id = ResidentIdNumber.of(first17 + ResidentIdNumber.checkCharacter(first17));
		PermitCase decided = fixture.decided(guide, fixture.citizen(id),
				new TestDecidedCases.Applicant(ApplicantKind.CITIZEN, "王小明", id.masked()), staff);
		assertThat(desk.prefill(decided).holderIdNeeded()).isTrue();
		assertThat(desk.prefill(decided).fields()).as("a citizen is their own representative")
			.containsEntry("legalRepresentative", "王小明");
		signedIn(keeper, certificateOf(keeper));
		String otherFirst17 = "61010319900307002";
		String other = otherFirst17 + ResidentIdNumber.checkCharacter(otherFirst17);

		assertThatThrownBy(() -> desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, other, FOOD, null, keeper))
			.isInstanceOf(IssueRefused.class)
			.hasFieldOrPropertyWithValue("messageKey", "permit.issue.refused.holderIdMismatch");
		assertThat(cases.findById(decided.id()).orElseThrow().state()).isEqualTo(PermitCaseState.DECIDED);

		LicenceView licence = desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, id.value(), FOOD, null, keeper);

		assertThat(licence.holderIdShown()).isEqualTo(id.masked());
		assertThat(cases.findById(decided.id()).orElseThrow().state()).isEqualTo(PermitCaseState.CLOSED);
	}

	@Test
	void whenTheOfdsSm2SealCertificateIsRevokedTheLicenceStaysValidAndTheVerificationPageSaysSo() throws Exception {
		PermitCase decided = fixture.decided(guide, received.citizen(), enterprise(), staff);
		signedIn(keeper, certificateOf(keeper));
		LicenceView licence = desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, keeper);
		signOut();
		String ofdSeal = licences.findByNumber(licence.number()).orElseThrow().ofdSealSerial();
		assertThat(ofdSeal).isNotNull().isNotEqualTo(licence.sealSerial());
		assertThat(verification.byNumber(licence.number()).orElseThrow().sealRevokedAt()).isNull();

		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		certificates.revoke(ofdSeal, 1, operator);

		LicenceVerification.PublicLicence shown = verification.byNumber(licence.number()).orElseThrow();
		assertThat(shown.status()).as("the department's decision stands").isEqualTo(LicenceStatus.VALID);
		assertThat(shown.sealRevokedAt()).isNotNull();
	}

	static TestDecidedCases.Applicant enterprise() {
		return TestDecidedCases.enterprise();
	}

	String certificateOf(String username) throws Exception {
		return fixture.certificateOf(username, department);
	}

}
