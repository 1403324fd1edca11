package org.zhengtong.permit.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.zhengtong.casework.ClockView;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.permit.PermitCaseState;
import org.zhengtong.permit.SuspensionKind;
import org.zhengtong.permit.internal.CaseExtension;
import org.zhengtong.permit.internal.CaseSuspension;
import org.zhengtong.permit.internal.ExtensionDesk;
import org.zhengtong.permit.internal.NoticeRecords;
import org.zhengtong.permit.internal.PermitCase;
import org.zhengtong.permit.internal.PermitNotices;
import org.zhengtong.permit.internal.SuspensionDesk;

/**
 * What the fragments of {@code templates/permit/fragments/case-actions.html} (延期, 中止 on
 * the review and decision pages) and {@code case-notices.html} (the applicant's notices
 * and pauses) show, by the reader: {@code ${@permitCaseActions.of(case,
 * #authentication.name)}}.
 */
@Component("permitCaseActions")
public class CaseActions {

	private final ExtensionDesk extensions;

	private final SuspensionDesk suspensions;

	private final PermitNotices notices;

	private final Deadlines deadlines;

	CaseActions(ExtensionDesk extensions, SuspensionDesk suspensions, PermitNotices notices, Deadlines deadlines) {
		this.extensions = extensions;
		this.suspensions = suspensions;
		this.notices = notices;
		this.deadlines = deadlines;
	}

	/**
	 * The case's 延期 and 中止 as a member of staff sees them.
	 *
	 * @param mayExtend the reader is the department's 审批负责人 and the case may still be
	 * extended (under examination, not extended, a limit that allows it)
	 * @param maySuspend the reader may suspend or resume (reviewer or leader) and the
	 * case is under examination
	 */
	public record Staff(long caseId, @Nullable CaseExtension extension, int allowedDays, @Nullable ClockView legal,
			boolean mayExtend, boolean maySuspend, @Nullable CaseSuspension open, List<CaseSuspension> suspensions,
			List<SuspensionKind> kinds) {
	}

	/** What the applicant's case page shows: sealed notices and the suspensions. */
	public record Applicant(List<NoticeRecords.Sealed> notices, List<CaseSuspension> suspensions) {
	}

	/** The case as the person signed in on this thread sees it. */
	public Staff of(PermitCase found) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		return of(found, signedIn == null ? null : signedIn.getName());
	}

	public Staff of(PermitCase found, @Nullable String username) {
		boolean examined = found.state() == PermitCaseState.ACCEPTED || found.state() == PermitCaseState.REVIEWED;
		CaseExtension extension = extensions.of(found.id()).orElse(null);
		int allowed = extensions.allowedDays(found);
		Long legal = found.legalClockId();
		boolean leader = username != null && extensions.mayExtend(found, username);
		boolean suspender = username != null && suspensions.maySuspend(found, username);
		return new Staff(found.id(), extension, allowed, legal == null ? null : deadlines.view(legal),
				leader && examined && extension == null && allowed > 0 && legal != null, suspender && examined,
				suspensions.open(found.id()).orElse(null), suspensions.of(found.id()),
				List.of(SuspensionKind.values()));
	}

	public Applicant forApplicant(PermitCase found) {
		return new Applicant(notices.sealedOf(found), suspensions.of(found.id()));
	}

}
