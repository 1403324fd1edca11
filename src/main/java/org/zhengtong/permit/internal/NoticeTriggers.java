package org.zhengtong.permit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.CaseAccepted;
import org.zhengtong.permit.CaseDecided;
import org.zhengtong.permit.CaseExtended;
import org.zhengtong.permit.CaseRejected;
import org.zhengtong.permit.CaseSuspended;
import org.zhengtong.permit.CorrectionNoticed;
import org.zhengtong.permit.Decision;
import org.zhengtong.permit.NoticeKind;

/**
 * Lays out the written notice of each step as the step happens, in its transaction (a
 * synchronous listener): a step that rolls back leaves no notice. 受理 (art. 32, also when
 * deemed), 补正 (art. 32), 不予受理 (art. 32, with the remedy), 延期 (art. 42), 中止 (art. 45), 准予
 * / 不予许可 (art. 38, a refusal with its reasons and the remedy). A 并联 sub-case's 受理 gives
 * no notice of its own: the applicant was told when the main case was accepted.
 */
@Component
class NoticeTriggers {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final PermitNotices notices;

	private final PermitCases cases;

	private final Guides guides;

	private final CorrectionNotices corrections;

	private final MessageSource messages;

	private final Clock clock;

	NoticeTriggers(PermitNotices notices, PermitCases cases, Guides guides, CorrectionNotices corrections,
			MessageSource messages, Clock clock) {
		this.notices = notices;
		this.cases = cases;
		this.guides = guides;
		this.corrections = corrections;
		this.messages = messages;
		this.clock = clock;
	}

	@EventListener
	void on(CaseAccepted accepted) {
		PermitCase found = cases.findById(accepted.caseId()).orElseThrow();
		if (found.mainCaseId() != null) {
			return;
		}
		List<String> text = List.of(
				text(accepted.deemed() ? "permit.notice.text.deemed" : "permit.notice.text.accepted", received(found),
						item(found), accepted.number()),
				text("permit.notice.text.limits", NoticePdf.day(accepted.legalDue()),
						NoticePdf.day(accepted.promisedDue())));
		notices.prepare(found, NoticeKind.ACCEPTANCE, accepted.number(), text, accepted.acceptedBy());
	}

	@EventListener
	void on(CorrectionNoticed noticed) {
		PermitCase found = cases.findById(noticed.caseId()).orElseThrow();
		List<String> text = new ArrayList<>();
		text.add(text("permit.notice.text.correction", received(found), item(found), noticed.number()));
		for (int i = 0; i < noticed.items().size(); i++) {
			text.add(text("permit.notice.text.correctionItem", i + 1, noticed.items().get(i)));
		}
		text.add(text("permit.notice.text.correctionEnd"));
		String actor = corrections.findByCaseId(noticed.caseId())
			.map(CorrectionNotice::noticedBy)
			.orElseThrow(() -> new IllegalStateException("No correction notice of " + noticed.number()));
		notices.prepare(found, NoticeKind.CORRECTION, noticed.number(), text, actor);
	}

	@EventListener
	void on(CaseRejected rejected) {
		PermitCase found = cases.findById(rejected.caseId()).orElseThrow();
		notices.prepare(found, NoticeKind.REJECTION, rejected.number(), List.of(
				text("permit.notice.text.rejected", received(found), item(found), rejected.number(), rejected.reason()),
				text("permit.notice.text.remedy")), rejected.rejectedBy());
	}

	@EventListener
	void on(CaseExtended extended) {
		PermitCase found = cases.findById(extended.caseId()).orElseThrow();
		notices.prepare(
				found, NoticeKind.EXTENSION, extended.number(), List.of(text("permit.notice.text.extended", item(found),
						extended.number(), extended.reason(), extended.days(), NoticePdf.day(extended.legalDue()))),
				extended.extendedBy());
	}

	@EventListener
	void on(CaseSuspended suspended) {
		PermitCase found = cases.findById(suspended.caseId()).orElseThrow();
		String kind = text("permit.suspension.kind." + suspended.kind().name());
		notices
			.prepare(found, NoticeKind.SUSPENSION, suspended.number(),
					List.of(text("permit.notice.text.suspended", item(found), suspended.number(), kind,
							suspended.reason(), suspended.expectedDays(), day(suspended.suspendedAt()))),
					suspended.suspendedBy());
	}

	@EventListener
	void on(CaseDecided decided) {
		PermitCase found = cases.findById(decided.caseId()).orElseThrow();
		List<String> text = new ArrayList<>();
		if (decided.decision() == Decision.APPROVED) {
			text.add(text("permit.notice.text.approved", received(found), item(found), decided.number(),
					decided.reasons()));
			if (decided.licenceToIssue()) {
				text.add(text("permit.notice.text.licence"));
			}
		}
		else {
			text.add(text("permit.notice.text.refused", received(found), item(found), decided.number(),
					decided.reasons()));
			text.add(text("permit.notice.text.remedy"));
		}
		notices.prepare(found, decided.decision() == Decision.APPROVED ? NoticeKind.APPROVAL : NoticeKind.REFUSAL,
				decided.documentNumber(), text, decided.decidedBy());
	}

	private String item(PermitCase found) {
		return guides.findById(found.guideId()).map(Guide::name).orElse("");
	}

	private String received(PermitCase found) {
		Instant at = found.submittedAt() == null ? found.createdAt() : found.submittedAt();
		return day(at);
	}

	private String day(Instant at) {
		return NoticePdf.day(LocalDate.ofInstant(at, clock.getZone()));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, CHINESE);
	}

}
