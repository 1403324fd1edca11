package org.zhengtong.permit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.casework.Measure;
import org.zhengtong.casework.StartClock;
import org.zhengtong.interaction.InviteRating;
import org.zhengtong.interaction.RatedService;
import org.zhengtong.interaction.RatedSubject;
import org.zhengtong.interaction.RatingManagement;
import org.zhengtong.permit.CaseClosed;
import org.zhengtong.permit.CaseDecided;

/**
 * What follows a decision and a closure, in the same transaction (a rolled-back decision
 * or issue leaves neither): an approval whose licence waits gets its 发证 clock (行政许可法 art.
 * 44, {@value IssueDesk#ISSUE_DAYS} working days from the decision, stopped when the
 * licence is issued); a closed case invites its applicant to rate the service (好差评)
 * through interaction's {@link RatingManagement} (a 并联 sub-case is not rated apart),
 * subject {@value #SUBJECT} and the case's id, counted for the department and the item.
 */
@Component
class CaseClosure {

	/** The rated subject's type: a permit case, by its id. */
	static final String SUBJECT = "permit.case";

	private final PermitCases cases;

	private final Guides guides;

	private final PermitItems items;

	private final Deadlines deadlines;

	private final RatingManagement ratings;

	CaseClosure(PermitCases cases, Guides guides, PermitItems items, Deadlines deadlines, RatingManagement ratings) {
		this.cases = cases;
		this.guides = guides;
		this.items = items;
		this.deadlines = deadlines;
		this.ratings = ratings;
	}

	static RatedSubject subject(long caseId) {
		return new RatedSubject(SUBJECT, String.valueOf(caseId));
	}

	@EventListener
	@Transactional
	void decided(CaseDecided decided) {
		if (!decided.licenceToIssue()) {
			return;
		}
		PermitCase found = cases.findById(decided.caseId()).orElseThrow();
		if (found.issueClockId() != null) {
			return;
		}
		long clockId = deadlines.start(new StartClock("permit", decided.number() + " 发证时限", Measure.WORKING_DAYS,
				IssueDesk.ISSUE_DAYS, decided.decidedAt(), null));
		found.issueClock(clockId);
		cases.saveAndFlush(found);
	}

	@EventListener
	@Transactional
	void closed(CaseClosed closed) {
		if (closed.mainCaseId() != null) {
			// a 并联 sub-case: the applicant rates the whole service, on the main case
			return;
		}
		PermitCase found = cases.findById(closed.caseId()).orElseThrow();
		Guide guide = guides.findById(found.guideId()).orElseThrow();
		String code = items.findById(found.itemId()).map(PermitItem::code).orElse(String.valueOf(found.itemId()));
		RatedService service = new RatedService(cut("permit." + code, 60), cut(guide.name(), 100),
				cut(guide.nameEn() == null || guide.nameEn().isBlank() ? "Permit " + code : guide.nameEn(), 100));
		ratings.invite(new InviteRating(subject(found.id()), found.departmentId(), service,
				"办件 " + closed.number() + " " + guide.name(), found.applicantAccountId()));
	}

	private static String cut(String text, int limit) {
		return text.length() > limit ? text.substring(0, limit) : text;
	}

}
