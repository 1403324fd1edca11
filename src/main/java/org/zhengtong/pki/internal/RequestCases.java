package org.zhengtong.pki.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.Assignee;
import org.zhengtong.casework.CaseView;
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Decide;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.OpenStep;
import org.zhengtong.casework.StartCase;
import org.zhengtong.casework.StartClock;
import org.zhengtong.casework.TaskView;
import org.zhengtong.casework.Transition;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountView;
import org.zhengtong.pki.CertificateApprovals;
import org.zhengtong.pki.PendingRequest;
import org.zhengtong.pki.RequestApproval;
import org.zhengtong.pki.RequestView;

/**
 * Certificate requests on the case-work core: each request opens a case of
 * {@code pki.certificate-request} with one task for whoever holds
 * {@code certificate.approve} (the RA operators), due in
 * {@code zhengtong.pki.approval-working-days} working days (3). An operator's decision
 * decides that task first — the core refuses, naming who decided and when, a request
 * someone has just decided — then moves the case; the registration service keeps its own
 * rules (no self-approval) and runs all of it in its transaction.
 */
@Component
class RequestCases implements CertificateApprovals {

	static final String APPROVE = "APPROVE";

	static final String REJECT = "REJECT";

	/** The permission of RA operators (Role.RA_OPERATOR). */
	static final String APPROVE_PERMISSION = "certificate.approve";

	private static final Locale NAMES = Locale.SIMPLIFIED_CHINESE;

	private final Casework casework;

	private final Deadlines deadlines;

	private final RequestCaseRecords records;

	private final AccountManagement accounts;

	private final MessageSource messages;

	private final int workingDays;

	RequestCases(Casework casework, Deadlines deadlines, RequestCaseRecords records, AccountManagement accounts,
			MessageSource messages, @Value("${zhengtong.pki.approval-working-days:3}") int workingDays) {
		this.casework = casework;
		this.deadlines = deadlines;
		this.records = records;
		this.accounts = accounts;
		this.messages = messages;
		this.workingDays = workingDays;
	}

	/**
	 * Opens the request's case and its RA task, the deadline counted from
	 * {@code submittedAt}; in the caller's transaction.
	 */
	void open(RequestView request, String actor, Instant submittedAt) {
		Optional<AccountView> holder = accounts.find(request.holder());
		UUID unit = request.unitId() != null ? request.unitId() : holder.map(AccountView::unitId).orElse(null);
		String title = "证书申请：" + holder.map(AccountView::displayName).orElse(request.holder()) + "（"
				+ messages.getMessage("pki.profile." + request.profile(), null, request.profile(), NAMES) + "）";
		CaseView started = casework.start(new StartCase(CertificateRequestType.CODE, request.id().toString(), title,
				"/admin/ra/requests/" + request.id(), unit, actor, null));
		OpenStep step = OpenStep
			.one(Assignee.anyone(APPROVE_PERMISSION, messages.getMessage("role.RA_OPERATOR", null, NAMES)))
			.withClock(new StartClock("pki", title + " 审核", Measure.WORKING_DAYS, workingDays, submittedAt, null));
		casework.transition(Transition.to(started.id(), CertificateRequestState.PENDING, actor).opening(step));
		long task = casework.openTasks(started.id()).get(0).id();
		records.link(request.id(), started.id(), task);
	}

	/**
	 * Decides the request's approval task (nothing for a request without a case).
	 * @throws org.zhengtong.casework.CaseworkRefused when it is decided already (by whom,
	 * when) or the operator does not reach it
	 */
	void decide(UUID request, String operator, String decision, @Nullable String opinion) {
		records.approvalTask(request)
			.ifPresent((task) -> casework.decide(new Decide(task, decision, blankToNull(opinion), operator)));
	}

	/** Moves the request's case, if it has one (a terminal state closes it). */
	void moveTo(UUID request, CertificateRequestState state, String actor, @Nullable String decision,
			@Nullable String opinion) {
		records.caseOf(request)
			.ifPresent((caseId) -> casework
				.transition(Transition.to(caseId, state, actor).because(decision, blankToNull(opinion))));
	}

	@Override
	public List<PendingRequest> pending() {
		return records.pending()
			.stream()
			.map((waiting) -> new PendingRequest(waiting.request(), deadlineOf(waiting.task())))
			.sorted(Comparator
				.comparing((PendingRequest each) -> each.deadline() == null ? null : each.deadline().dueAt(),
						Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((each) -> each.request().createdAt()))
			.toList();
	}

	@Override
	public Optional<RequestApproval> approval(UUID id) {
		return records.request(id).map((request) -> {
			CaseView found = records.caseOf(id).flatMap(casework::find).orElse(null);
			return new RequestApproval(request, found, deadlineOf(records.approvalTask(id).orElse(null)),
					found == null ? List.of() : casework.history(found.id()));
		});
	}

	private @Nullable ClockView deadlineOf(@Nullable Long task) {
		if (task == null) {
			return null;
		}
		return casework.task(task).map(TaskView::clockId).map(deadlines::view).orElse(null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
