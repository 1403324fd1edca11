package org.zhengtong.permit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhengtong.testing.CertificateSignIn.signOut;
import static org.zhengtong.testing.CertificateSignIn.signedIn;
import static org.zhengtong.testing.PdfText.text;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.TaskView;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.permit.CaseStepRefused;
import org.zhengtong.permit.LimitKind;
import org.zhengtong.permit.NoticeKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.pki.UnitSeals;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestClock;
import org.zhengtong.testing.TestStaff;

/**
 * Written notices (文书) after interaction's 答复书 model: laid out in the step's own
 * transaction under the department's name of the day; sealed at once when the person
 * acting is a seal keeper of the department in a certificate session, otherwise waiting
 * in the 用印 step (a task for the keepers) until one seals it — one, or all of the
 * department's at once. The applicant hears of it once sealed.
 */
@IntegrationTest
class PermitNoticesIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AcceptanceDesk desk;

	@Autowired
	PermitNotices notices;

	@Autowired
	WrittenNotices written;

	@Autowired
	PermitCases cases;

	@Autowired
	PermitItems items;

	@Autowired
	Casework casework;

	@Autowired
	PlatformAccounts accounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests certificates;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	TestPermitCases fixture;

	UUID department;

	String clerk;

	String keeper;

	Guide guide;

	@BeforeEach
	void setUp() {
		fixture = TestPermitCases.in(context);
		department = TestStaff.unit(units, "市场监管局", "Market Regulation");
		clerk = TestStaff.withRole(accounts, department, "clerk", "李受理", PermitRoles.PERMIT_CLERK);
		keeper = TestStaff.withRole(accounts, department, "zz", "印章管理员", PkiRoles.SEAL_KEEPER);
		guide = fixture.guide(department, LimitKind.SINGLE, 20, 15);
	}

	@AfterEach
	void tearDown() {
		signOut();
	}

	@Test
	void a_clerk_accepting_by_password_leaves_the_acceptance_notice_waiting_for_the_keepers_who_seal_it()
			throws Exception {
		String applicant = fixture.citizen();
		PermitCase received = fixture.submitted(guide, applicant, Instant.now());
		signedIn(clerk, null);

		desk.accept(received.id(), clerk);

		WrittenNotice waiting = only(received.id());
		assertThat(waiting.kind()).isEqualTo(NoticeKind.ACCEPTANCE);
		assertThat(waiting.sealed()).isFalse();
		String unitName = units.find(department, LocalDate.now(clock)).orElseThrow().names().fullName();
		assertThat(waiting.unitName()).isEqualTo(unitName);
		assertThat(text(waiting.pdf())).contains("行政许可受理通知书", received.number(), "第三十二条", "王小明", unitName);
		List<TaskView> tasks = casework.openTasks(waiting.sealCaseId());
		assertThat(tasks).singleElement()
			.satisfies((task) -> assertThat(task.assignee())
				.isEqualTo(org.zhengtong.casework.Assignee.unit(department, UnitSeals.SEAL_PERMISSION, "印章管理员")));
		assertThat(notices.sealedOf(cases.findById(received.id()).orElseThrow())).isEmpty();

		// the clerk may see it but not seal it; a keeper needs a certificate session
		assertThatThrownBy(() -> notices.seal(waiting.id(), clerk)).isInstanceOf(RuntimeException.class);
		signedIn(keeper, null);
		assertThatThrownBy(() -> notices.seal(waiting.id(), keeper)).isInstanceOf(RuntimeException.class);
		assertThat(written.findById(waiting.id()).orElseThrow().sealed()).isFalse();

		signedIn(keeper, certificateOf(keeper));
		notices.seal(waiting.id(), keeper);

		WrittenNotice sealed = written.findById(waiting.id()).orElseThrow();
		assertThat(sealed.sealed()).isTrue();
		assertThat(sealed.sealedBy()).isEqualTo(keeper);
		assertThat(new String(sealed.pdf(), StandardCharsets.ISO_8859_1)).contains("/ByteRange")
			.contains("/adbe.pkcs7.detached");
		assertThat(casework.openTasks(waiting.sealCaseId())).isEmpty();
		assertThat(notices.sealedOf(cases.findById(received.id()).orElseThrow())).singleElement()
			.satisfies((row) -> assertThat(row.kind()).isEqualTo(NoticeKind.ACCEPTANCE));
		assertThatThrownBy(() -> notices.seal(waiting.id(), keeper)).isInstanceOf(CaseStepRefused.class)
			.hasMessage("permit.notice.refused.alreadySealed");

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT m.title FROM notification_message m JOIN identity_account a ON a.id = m.recipient_id
					WHERE a.username = ? AND m.event_type = 'PERMIT_NOTICE'""")
				.param(applicant)
				.query(String.class)
				.list()).singleElement().satisfies((title) -> assertThat(title).contains(received.number(), "受理通知书")));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					SELECT count(*) FROM audit_entry
					WHERE object_id = ? AND action = 'permit.notice.sealed' AND actor = ? AND outcome = 'SUCCESS'""")
				.param(String.valueOf(waiting.id()))
				.param(keeper)
				.query(Long.class)
				.single()).isEqualTo(1L));
	}

	@Test
	void a_clerk_who_keeps_the_seal_in_a_certificate_session_seals_the_notice_in_the_same_act() throws Exception {
		String clerkKeeper = TestStaff.withRole(accounts, department, "clerk", "王兼管", PermitRoles.PERMIT_CLERK);
		accounts.grant(clerkKeeper, PkiRoles.SEAL_KEEPER);
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());
		signedIn(clerkKeeper, certificateOf(clerkKeeper));

		desk.reject(received.id(), "申请事项不属于本机关职权范围", clerkKeeper);

		WrittenNotice notice = only(received.id());
		assertThat(notice.kind()).isEqualTo(NoticeKind.REJECTION);
		assertThat(notice.sealed()).isTrue();
		assertThat(notice.sealCaseId()).isNull();
		assertThat(text(notice.pdf())).contains("不予受理决定书", "申请事项不属于本机关职权范围", "六十日内", "行政复议", "六个月内", "行政诉讼");
	}

	@Test
	void bulk_sealing_seals_every_waiting_notice_of_the_department_and_nothing_of_another() throws Exception {
		UUID other = TestStaff.unit(units, "卫健委", "Health Commission");
		String otherClerk = TestStaff.withRole(accounts, other, "clerk", "赵别处", PermitRoles.PERMIT_CLERK);
		PermitCase elsewhere = fixture.submitted(fixture.guide(other, LimitKind.SINGLE, 20, 20), fixture.citizen(),
				Instant.now());
		desk.accept(elsewhere.id(), otherClerk);
		PermitCase first = fixture.submitted(guide, fixture.citizen(), Instant.now());
		PermitCase second = fixture.submitted(guide, null, Instant.now());
		desk.accept(first.id(), clerk);
		desk.noticeCorrection(second.id(), List.of(new AcceptanceDesk.NoticeLine(0, null, "复印件不清晰")), clerk);
		assertThat(text(only(second.id()).pdf())).contains("补正告知书", "营业执照复印件：复印件不清晰");

		signedIn(keeper, certificateOf(keeper));
		assertThat(notices.waiting(keeper, null, 0, 50).items()).extracting(NoticeRecords.Waiting::number)
			.containsExactlyInAnyOrder(first.number(), second.number());
		int sealed = notices.sealAll(keeper);

		assertThat(sealed).isEqualTo(2);
		assertThat(only(first.id()).sealed()).isTrue();
		assertThat(only(second.id()).sealed()).isTrue();
		assertThat(only(elsewhere.id()).sealed()).as("another department's notice").isFalse();
		assertThat(notices.waiting(keeper, null, 0, 50).items()).isEmpty();
	}

	@Test
	void a_step_that_rolls_back_leaves_no_notice() {
		PermitCase received = fixture.submitted(guide, fixture.citizen(), Instant.now());

		transactions.executeWithoutResult((status) -> {
			desk.accept(received.id(), clerk);
			status.setRollbackOnly();
		});

		assertThat(written.findByCaseIdOrderByIdAsc(received.id())).isEmpty();
		assertThat(jdbc
			.sql("SELECT count(*) FROM casework_case WHERE type = ? AND subject_id IN "
					+ "(SELECT id::text FROM permit_notice WHERE case_id = ?)")
			.param(NoticeSealType.CODE)
			.param(received.id())
			.query(Long.class)
			.single()).isZero();
	}

	private WrittenNotice only(long caseId) {
		List<WrittenNotice> found = written.findByCaseIdOrderByIdAsc(caseId);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	String certificateOf(String username) throws Exception {
		String operator = TestStaff.withRole(accounts, department, "ra", "审核员", PkiRoles.RA_OPERATOR);
		var request = certificates.submit(username,
				Pkcs.csr(Pkcs.p256(), "CN=" + username).getBytes(StandardCharsets.US_ASCII));
		return certificates.approve(request.id(), operator).orElseThrow().serial();
	}

}
