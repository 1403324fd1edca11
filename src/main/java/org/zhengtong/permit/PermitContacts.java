package org.zhengtong.permit;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the applicant of a permit case, for the module that tells them of a 补正
 * notice (notification). Nothing here is shown on a page.
 */
public interface PermitContacts {

	/** The case's applicant, if the case exists. */
	Optional<PermitApplicant> applicantOf(long caseId);

	/**
	 * An applicant: their public account, or the telephone and e-mail they gave (a window
	 * applicant without an account follows the case by 办件编号 and 查询码).
	 */
	record PermitApplicant(long caseId, String number, java.util.@Nullable UUID accountId, @Nullable String phone,
			@Nullable String email) {
	}

}
