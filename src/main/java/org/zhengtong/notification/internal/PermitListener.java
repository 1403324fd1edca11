package org.zhengtong.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.CorrectionNoticed;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.zhengtong.permit.PermitContacts;
import org.zhengtong.permit.PermitNoticeSealed;

/**
 * Who hears what happens to permit applications (网上审批): the applicant, of a 补正 notice
 * with its whole list — in their message centre (and by e-mail or SMS as they chose) when
 * they applied with an account, otherwise at the e-mail address (else the telephone) they
 * gave at the window; and, the same way, of every written notice of the case (受理, 延期, 中止,
 * 决定…) once it is sealed and can be downloaded.
 */
@Component
class PermitListener {

	/** Where the applicant uploads the listed materials. */
	static final String CORRECTION = "/services/cases/%s/correction";

	/** Where the owner of the case downloads its notices. */
	static final String CASE = "/services/cases/%s";

	/** Where someone without an account follows the case (number and 查询码). */
	static final String FOLLOW = "/services/cases/follow";

	private final PermitContacts applicants;

	private final Notifier notifier;

	PermitListener(PermitContacts applicants, Notifier notifier) {
		this.applicants = applicants;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(CorrectionNoticed noticed) {
		applicants.applicantOf(noticed.caseId()).ifPresent((applicant) -> {
			StringBuilder list = new StringBuilder();
			for (int i = 0; i < noticed.items().size(); i++) {
				list.append(i + 1).append(". ").append(noticed.items().get(i)).append('\n');
			}
			Notice notice = new Notice(NotificationType.PERMIT_CORRECTION, "permit-correction:" + noticed.caseId(),
					new Object[] { noticed.number(), noticed.itemName(), list.toString().strip() },
					CORRECTION.formatted(noticed.number()));
			if (applicant.accountId() != null) {
				notifier.tell(applicant.accountId(), notice);
			}
			else {
				notifier.tellContact(applicant.email(), applicant.phone(), notice);
			}
		});
	}

	@ApplicationModuleListener
	void on(PermitNoticeSealed sealed) {
		applicants.applicantOf(sealed.caseId()).ifPresent((applicant) -> {
			Object[] arguments = { sealed.number(),
					new DefaultMessageSourceResolvable(new String[] { "permit.notice.kind." + sealed.kind().name() }) };
			String key = "permit-notice:" + sealed.noticeId();
			if (applicant.accountId() != null) {
				notifier.tell(applicant.accountId(),
						new Notice(NotificationType.PERMIT_NOTICE, key, arguments, CASE.formatted(sealed.number())));
			}
			else {
				notifier.tellContact(applicant.email(), applicant.phone(),
						new Notice(NotificationType.PERMIT_NOTICE, key, arguments, FOLLOW));
			}
		});
	}

}
