package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.zhengtong.testing.CertificateSignIn.signOut;
import static org.zhengtong.testing.CertificateSignIn.signedIn;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.audit.Outcome;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.permit.LicenceStatus;
import org.zhengtong.permit.LicenceType;
import org.zhengtong.permit.LicenceView;
import org.zhengtong.permit.Licences;
import org.zhengtong.pki.CertificateProfile;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.CertificateRevoked;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.TestStaff;

/**
 * permit consumes pki's {@link CertificateRevoked}: revoking a department's seal
 * certificate lists every licence still valid that it sealed for 换发 in one task for the
 * department's 印章管理员 (audited; hearing the event again adds nothing), the department's
 * licence list narrows to them by the certificate's serial, the licences stay 有效 on the
 * verification page, which says when the seal was revoked, and the task is done when the
 * last of them stops being valid. Revoking a login certificate lists nothing.
 */
@IntegrationTest
@RecordApplicationEvents
class SealRevocationIntegrationTests {

	static final Map<String, String> FOOD = IssueDeskIntegrationTests.FOOD;

	@Autowired
	ApplicationContext context;

	@Autowired
	IssueDesk desk;

	@Autowired
	Licences licences;

	@Autowired
	LicenceRecords records;

	@Autowired
	SealRevocations revocations;

	@Autowired
	Casework casework;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	TestDecidedCases fixture;

	TestDecidedCases.Department staff;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestDecidedCases.in(context);
		staff = fixture.department();
		guide = fixture.licenceGuide(staff.id());
	}

	@AfterEach
	void tearDown() {
		signOut();
	}

	@Test
	void revoking_the_seal_certificate_lists_its_valid_licences_for_reissue_in_a_task_for_the_seal_keepers()
			throws Exception {
		signedIn(staff.keeper(), fixture.certificateOf(staff.keeper(), staff.id()));
		LicenceView first = issue();
		LicenceView second = issue();
		LicenceView cancelled = issue();
		signOut();
		licences.end(cancelled.number(), false, "持证人申请注销", staff.leader());
		String serial = first.sealSerial();
		assertThat(second.sealSerial()).as("one seal certificate").isEqualTo(serial);
		String operator = TestStaff.withRole(accounts, staff.id(), "ra", "审核员", PkiRoles.RA_OPERATOR);

		certificates.revoke(serial, 1, operator);

		assertThat(events.stream(CertificateRevoked.class)).singleElement().satisfies((revoked) -> {
			assertThat(revoked.serial()).isEqualTo(serial);
			assertThat(revoked.profile()).isEqualTo(CertificateProfile.UNIT_SIGN);
			assertThat(revoked.unitId()).isEqualTo(staff.id());
			assertThat(revoked.reason()).isEqualTo(1);
			assertThat(revoked.revokedBy()).isEqualTo(operator);
		});
		String subject = SealRevocations.subject(serial, staff.id());
		CaseView task = await().atMost(Duration.ofSeconds(20))
			.until(() -> casework.find(ReissueTaskType.CODE, subject).orElse(null), (found) -> found != null);
		assertThat(task.title()).contains("2 张", serial);
		assertThat(task.link()).isEqualTo("/workbench/licences?status=VALID&text=" + serial);
		List<TaskView> open = casework.openTasks(task.id());
		assertThat(open).hasSize(1);
		assertThat(casework.mayAct(open.get(0).id(), staff.keeper())).isTrue();
		assertThat(casework.mayAct(open.get(0).id(), staff.reviewer())).as("not a seal keeper").isFalse();
		assertThat(casework.history(task.id())).extracting(HistoryEntry::opinion)
			.anySatisfy((opinion) -> assertThat(opinion).contains(first.number(), second.number())
				.doesNotContain(cancelled.number()));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(audit
				.search(new AuditQuery(null, null, null, SealRevocations.LISTED, Outcome.SUCCESS, null), 0, 50))
				.anySatisfy((entry) -> assertThat(entry.summary()).contains(serial, first.number(), second.number())));

		revocations.on(events.stream(CertificateRevoked.class).findFirst().orElseThrow());
		assertThat(casework.openTasks(task.id())).as("the event heard twice").hasSize(1);

		String list = page("/workbench/licences?status=VALID&text=" + serial, staff.keeper());
		assertThat(list).contains(first.number(), second.number()).doesNotContain(cancelled.number());

		String verified = mvc.get().uri("/services/licences/verify?number=" + first.number()).with((request) -> {
			request.setRemoteAddr("198.18.9." + (1 + new Random().nextInt(250)));
			return request;
		}).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(verified).as("the decision stands, the seal's revocation is told").contains("有效", "签署这份证照的电子印章证书已于");
		assertThat(records.findByNumber(first.number()).orElseThrow().status()).isEqualTo(LicenceStatus.VALID);

		licences.end(first.number(), false, "已换发", staff.leader());
		assertThat(casework.find(task.id()).orElseThrow().closed()).as("one still to re-issue").isFalse();
		licences.end(second.number(), true, "已换发", staff.leader());
		assertThat(casework.find(task.id()).orElseThrow().closed()).isTrue();
		assertThat(casework.openTasks(task.id())).isEmpty();
	}

	@Test
	void revoking_a_login_certificate_lists_nothing() throws Exception {
		String login = fixture.certificateOf(staff.keeper(), staff.id());
		String operator = TestStaff.withRole(accounts, staff.id(), "ra", "审核员", PkiRoles.RA_OPERATOR);

		certificates.revoke(login, 0, operator);

		CertificateRevoked revoked = events.stream(CertificateRevoked.class).findFirst().orElseThrow();
		assertThat(revoked.profile()).isEqualTo(CertificateProfile.STAFF_AUTH);
		assertThat(revoked.unitSeal()).isFalse();
		revocations.on(revoked);
		assertThat(casework.find(ReissueTaskType.CODE, SealRevocations.subject(login, staff.id()))).isEmpty();
	}

	private LicenceView issue() {
		PermitCase decided = fixture.decided(guide, fixture.received().citizen(), TestDecidedCases.enterprise(), staff);
		return desk.issue(decided.number(), LicenceType.FOOD_BUSINESS, null, FOOD, null, staff.keeper());
	}

	private String page(String path, String who) throws Exception {
		var result = mvc.get().uri(path).with(user(users.loadUserByUsername(who))).exchange();
		assertThat(result).hasStatus(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
