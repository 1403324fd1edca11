package org.zhengtong.pki;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 证书申请审核 on the case-work core: each request is a case of
 * {@code pki.certificate-request}; while it waits, the RA operators have a task with a
 * deadline of {@code zhengtong.pki.approval-working-days} working days (3).
 */
public interface CertificateApprovals {

	/** The requests waiting for an RA operator, the soonest deadline first. */
	List<PendingRequest> pending();

	/** One request with its deadline and 办理过程, for RA operators. */
	Optional<RequestApproval> approval(UUID request);

}
