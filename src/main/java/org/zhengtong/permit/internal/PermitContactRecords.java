package org.zhengtong.permit.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.permit.PermitContacts;

/** The applicant's account or the contacts they gave, for notification. */
@Component
class PermitContactRecords implements PermitContacts {

	private final PermitCases cases;

	PermitContactRecords(PermitCases cases) {
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PermitApplicant> applicantOf(long caseId) {
		return cases.findById(caseId)
			.filter((found) -> found.number() != null)
			.map((found) -> new PermitApplicant(found.id(), found.number(), found.applicantAccountId(),
					found.contactPhone(), found.contactEmail()));
	}

}
