package org.zhengtong.interaction.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.interaction.DisclosureContacts;

/** {@link DisclosureContacts} from the request itself. */
@Component
class DisclosureContactRecords implements DisclosureContacts {

	private final DisclosureRequests requests;

	DisclosureContactRecords(DisclosureRequests requests) {
		this.requests = requests;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DisclosureApplicant> applicantOf(UUID requestId) {
		return requests.findById(requestId)
			.map((request) -> new DisclosureApplicant(request.id(), request.number(), request.applicantAccountId(),
					request.phone(), request.email()));
	}

}
