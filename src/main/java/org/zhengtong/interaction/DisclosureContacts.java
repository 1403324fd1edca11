package org.zhengtong.interaction;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the applicant of a disclosure request (依申请公开), for the module that tells
 * them of a 补正 notice, an extension and the answer (notification). Nothing here is shown
 * on a page.
 */
public interface DisclosureContacts {

	/** The request's applicant, if the request exists. */
	Optional<DisclosureApplicant> applicantOf(UUID requestId);

	/**
	 * An applicant: their public account, or the telephone and e-mail they gave on the
	 * form (a request without an account is followed by number and 查询码).
	 */
	record DisclosureApplicant(UUID requestId, String number, @Nullable UUID accountId, @Nullable String phone,
			@Nullable String email) {
	}

}
