package org.zhengtong.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.permit.CorrectionNoticed;
import org.zhengtong.permit.PermitContacts;

/**
 * Who hears what happens to permit applications (网上审批): the applicant, of a 补正 notice
 * with its whole list — in their message centre (and by e-mail or SMS as they chose) when
 * they applied with an account, otherwise at the e-mail address (else the telephone) they
 * gave at the window.
 */
@Component
class PermitListener {

	/** Where the applicant uploads the listed materials. */
	static final String CORRECTION = "/services/cases/%s/correction";

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

}
