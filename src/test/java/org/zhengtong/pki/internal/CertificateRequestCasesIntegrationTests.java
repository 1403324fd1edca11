package org.zhengtong.pki.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.zhengtong.pki.PkiRoles;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.casework.HistoryEntry;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.internal.TaskReach;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.PlatformAccounts;
import org.zhengtong.identity.StaffPost;
import org.zhengtong.organization.UnitKind;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitNames;
import org.zhengtong.pki.CertificateApprovals;
import org.zhengtong.pki.CertificateRequests;
import org.zhengtong.pki.PendingRequest;
import org.zhengtong.pki.PkiRefused;
import org.zhengtong.pki.RequestApproval;
import org.zhengtong.pki.RequestView;
import org.zhengtong.testing.IntegrationTest;
import org.zhengtong.testing.Pkcs;
import org.zhengtong.testing.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Certificate request approval on the case-work core (issue 16): a request is a case of
 * {@code pki.certificate-request} whose RA task reaches the operators with a deadline of
 * 3 working days on the 2026 calendar; a decision closes the task, moves the case and
 * stops the clock; a rejection's reason stays in the 办理过程; a collected key closes the
 * case; requests pending from before get their case at start-up.
 */
@IntegrationTest
class CertificateRequestCasesIntegrationTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlatformAccounts platformAccounts;

	@Autowired
	UnitManagement units;

	@Autowired
	CertificateRequests requests;

	@Autowired
	CertificateApprovals approvals;

	@Autowired
	Casework casework;

	@Autowired
	TaskReach reach;

	@Autowired
	PendingRequestCases pendingRequestCases;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String staff;

	String operator;

	@BeforeEach
	void aMemberOfStaffAndAnRaOperator() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID unit = units
			.create(null, UnitKind.DEPARTMENT, new UnitNames("秦川市办件证书局", "办件证书局", "Casework Certificate Bureau", null),
					null, 0, LocalDate.of(2020, 1, 1), AccountManagement.SYSTEM)
			.id();
		staff = "holder" + tag;
		operator = "ra" + tag;
		platformAccounts.createStaff(staff, "持证人", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.createStaff(operator, "审核员", new StaffPost(unit, null, "科员", true, null));
		platformAccounts.grant(operator, PkiRoles.RA_OPERATOR);
	}

	/**
	 * 3 working days from Wednesday 2026-09-30 (norms.md, the seeded 2026 calendar): the
	 * count starts the next day (民法典 art. 201); 10-01 to 10-07 are the 国庆节 holiday, so
	 * day 1 is Thu 10-08, day 2 Fri 10-09, day 3 Sat 10-10, a 调休 working day. Due
	 * 2026-10-10 (not 10-12: that would skip the 调休 Saturday).
	 */
	@Test
	void a_submitted_request_waits_for_the_ra_operators_three_working_days_on_the_2026_calendar() {
		clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
		RequestView request = submit();

		RequestApproval approval = approvals.approval(request.id()).orElseThrow();
		CaseView found = approval.approvalCase();
		assertThat(found).isNotNull();
		assertThat(found.type()).isEqualTo("pki.certificate-request");
		assertThat(found.state()).isEqualTo("PENDING");
		assertThat(found.closed()).isFalse();
		List<TaskView> open = casework.openTasks(found.id());
		assertThat(open).singleElement().satisfies((task) -> {
			assertThat(task.assignee().key()).isEqualTo("any:certificate.approve");
			assertThat(task.assignee().name()).isEqualTo("证书注册审核员");
			assertThat(reach.keysOf(operator)).as("the RA operator's 待办").contains(task.assignee().key());
			assertThat(reach.keysOf(staff)).as("not the applicant's").doesNotContain(task.assignee().key());
			assertThat(casework.mayAct(task.id(), operator)).isTrue();
			assertThat(casework.mayAct(task.id(), staff)).isFalse();
		});
		assertThat(approval.deadline()).isNotNull();
		assertThat(approval.deadline().dueDay()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(approval.deadline().colour()).isEqualTo(ClockColour.GREEN);
		assertThat(approvals.pending()).filteredOn((pending) -> pending.request().id().equals(request.id()))
			.singleElement()
			.extracting((pending) -> pending.deadline().dueDay())
			.isEqualTo(LocalDate.of(2026, 10, 10));

		assertThat(mvc.get().uri("/admin/ra").with(as(operator)).exchange()).bodyText()
			.contains(staff, "2026-10-10", "正常");
		clock.set(LocalDateTime.of(2026, 10, 12, 9, 0));
		assertThat(mvc.get().uri("/admin/ra").with(as(operator)).exchange()).as("overdue on Monday")
			.bodyText()
			.contains("2026-10-10", "超期");
	}

	@Test
	void pending_requests_come_soonest_deadline_first() {
		clock.set(LocalDateTime.of(2026, 9, 28, 10, 0));
		RequestView earlier = submit();
		clock.set(LocalDateTime.of(2026, 9, 30, 10, 0));
		RequestView later = submit();

		List<UUID> order = approvals.pending()
			.stream()
			.map(PendingRequest::request)
			.map(RequestView::id)
			.filter((id) -> id.equals(earlier.id()) || id.equals(later.id()))
			.toList();
		assertThat(order).containsExactly(earlier.id(), later.id());
		List<java.time.Instant> due = approvals.pending()
			.stream()
			.filter((pending) -> pending.deadline() != null)
			.map((pending) -> pending.deadline().dueAt())
			.toList();
		assertThat(due).isSorted();
	}

	@Test
	void approval_closes_the_task_and_the_case_and_stops_the_clock() {
		RequestView request = submit();
		long caseId = approvals.approval(request.id()).orElseThrow().approvalCase().id();

		assertThat(mvc.post()
			.uri("/admin/ra/requests/{id}/approve", request.id())
			.param("opinion", "已当面核验身份证件")
			.with(as(operator))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "pki.request.approved");

		CaseView closed = casework.find(caseId).orElseThrow();
		assertThat(closed.state()).isEqualTo("ISSUED");
		assertThat(closed.closed()).isTrue();
		assertThat(casework.openTasks(caseId)).isEmpty();
		RequestApproval approval = approvals.approval(request.id()).orElseThrow();
		assertThat(approval.deadline().colour()).isEqualTo(ClockColour.STOPPED);
		assertThat(approval.history()).extracting(HistoryEntry::action)
			.containsSubsequence("STARTED", "DECIDED", "TRANSITION", "CLOSED");
		assertThat(approval.history()).filteredOn((entry) -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.actorName()).isEqualTo("审核员");
				assertThat(entry.decision()).isEqualTo("APPROVE");
				assertThat(entry.opinion()).isEqualTo("已当面核验身份证件");
			});
		assertThat(approvals.pending()).extracting((pending) -> pending.request().id()).doesNotContain(request.id());
		assertThat(mvc.get().uri("/admin/ra/requests/{id}", request.id()).with(as(operator)).exchange()).bodyText()
			.contains("办理过程", "已当面核验身份证件", "已签发", "已结束");

		String colleague = "ra2" + UUID.randomUUID().toString().substring(0, 6);
		platformAccounts.createStaff(colleague, "另一审核员", null);
		platformAccounts.grant(colleague, PkiRoles.RA_OPERATOR);
		MvcTestResult late = mvc.post()
			.uri("/admin/ra/requests/{id}/approve", request.id())
			.with(as(colleague))
			.with(csrf())
			.exchange();
		assertThat(late).as("told who decided").flash().containsEntry("error", "casework.refused.alreadyDone");
		assertThat((Object[]) late.getMvcResult().getFlashMap().get("errorArguments")).contains("审核员");
		assertThat(requests.certificatesOf(staff)).hasSize(1);
	}

	@Test
	void a_rejection_keeps_its_reason_in_the_history() {
		RequestView request = submit();

		assertThat(mvc.post()
			.uri("/admin/ra/requests/{id}/reject", request.id())
			.param("reason", "单位与编制信息不符")
			.with(as(operator))
			.with(csrf())
			.exchange()).flash().containsEntry("success", "pki.request.rejected");

		RequestApproval approval = approvals.approval(request.id()).orElseThrow();
		assertThat(approval.approvalCase().state()).isEqualTo("REJECTED");
		assertThat(approval.approvalCase().closed()).isTrue();
		assertThat(approval.history()).filteredOn((entry) -> entry.action().equals("DECIDED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.decision()).isEqualTo("REJECT");
				assertThat(entry.opinion()).isEqualTo("单位与编制信息不符");
			});
		assertThat(mvc.get().uri("/admin/ra/requests/{id}", request.id()).with(as(operator)).exchange()).bodyText()
			.contains("单位与编制信息不符", "已退回");
	}

	@Test
	void without_a_reason_a_rejection_is_refused_and_the_task_stays_open() {
		RequestView request = submit();
		long caseId = approvals.approval(request.id()).orElseThrow().approvalCase().id();

		assertThatExceptionOfType(PkiRefused.class).isThrownBy(() -> requests.reject(request.id(), operator, " "))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("pki.refused.reasonMissing"));

		assertThat(casework.openTasks(caseId)).hasSize(1);
		assertThat(casework.find(caseId).orElseThrow().state()).isEqualTo("PENDING");
	}

	@Test
	void an_operator_may_not_decide_their_own_request_whose_task_still_waits_for_the_others() {
		requests.submit(operator, csr());
		RequestView own = requests.requestsOf(operator).get(0);
		long caseId = approvals.approval(own.id()).orElseThrow().approvalCase().id();

		assertThatExceptionOfType(PkiRefused.class).isThrownBy(() -> requests.approve(own.id(), operator))
			.satisfies((refused) -> assertThat(refused.messageKey()).isEqualTo("pki.refused.selfApproval"));

		assertThat(casework.openTasks(caseId)).singleElement()
			.satisfies((task) -> assertThat(reach.keysOf(operator)).contains(task.assignee().key()));
		assertThat(casework.find(caseId).orElseThrow().state()).isEqualTo("PENDING");
	}

	@Test
	void collecting_a_key_made_by_the_platform_closes_the_case() {
		RequestView request = requests.submitForGeneratedKey(staff);
		long caseId = approvals.approval(request.id()).orElseThrow().approvalCase().id();

		assertThat(requests.approve(request.id(), operator)).isEmpty();
		CaseView approved = casework.find(caseId).orElseThrow();
		assertThat(approved.state()).isEqualTo("APPROVED");
		assertThat(approved.closed()).as("waits for its holder").isFalse();
		assertThat(casework.openTasks(caseId)).isEmpty();

		assertThat(requests.collect(request.id(), staff, "Collect@2026".toCharArray())).isNotEmpty();
		CaseView collected = casework.find(caseId).orElseThrow();
		assertThat(collected.state()).isEqualTo("COLLECTED");
		assertThat(collected.closed()).isTrue();
	}

	/**
	 * A request pending from before approval ran on the core (no case, as V79 leaves it)
	 * gets its case at start-up, the deadline counted from when it was submitted; running
	 * the step again opens nothing more.
	 */
	@Test
	void a_request_pending_from_before_gets_its_case_counted_from_its_submission() {
		UUID id = UUID.randomUUID();
		// Submitted on Friday 2026-09-18: 3 working days are Sun 09-20 (调休), Mon 09-21,
		// Tue 09-22 (norms.md; 中秋 is 09-25 to 09-27).
		jdbc.sql("""
				INSERT INTO pki_request (id, requester, holder, profile, subject, status, created_at)
				VALUES (?, ?, ?, 'STAFF_AUTH', 'CN=持证人', 'PENDING', ?)""")
			.params(id, staff, staff,
					Timestamp.from(LocalDateTime.of(2026, 9, 18, 15, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()))
			.update();
		assertThat(approvals.approval(id).orElseThrow().approvalCase()).isNull();

		assertThat(pendingRequestCases.openMissing()).isGreaterThanOrEqualTo(1);
		assertThat(pendingRequestCases.openMissing()).as("once").isZero();

		RequestApproval approval = approvals.approval(id).orElseThrow();
		assertThat(approval.approvalCase()).isNotNull();
		assertThat(approval.approvalCase().state()).isEqualTo("PENDING");
		assertThat(approval.deadline().dueDay()).isEqualTo(LocalDate.of(2026, 9, 22));
		assertThat(requests.approve(id, operator)).as("no CSR: waits to be collected").isEmpty();
		assertThat(casework.find(approval.approvalCase().id()).orElseThrow().state()).isEqualTo("APPROVED");
	}

	private RequestView submit() {
		return requests.submit(staff, csr());
	}

	private static byte[] csr() {
		try {
			return Pkcs.csr(Pkcs.p256(), "CN=x").getBytes(StandardCharsets.US_ASCII);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
