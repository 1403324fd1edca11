package org.zhengtong.pki.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, opens a case (with its RA task and deadline, counted from when the request
 * was submitted) for each request still pending from before approval ran on the case-work
 * core. One transaction per request; a request another instance is handling now is
 * skipped, and one whose requester can no longer act (account closed) stays without a
 * case and is logged: the RA page still lists it, without a deadline.
 */
@Component
class PendingRequestCases {

	private static final Logger log = LoggerFactory.getLogger(PendingRequestCases.class);

	private final RequestCaseRecords records;

	private final RequestCases cases;

	private final TransactionTemplate transactions;

	PendingRequestCases(RequestCaseRecords records, RequestCases cases, PlatformTransactionManager transactions) {
		this.records = records;
		this.cases = cases;
		this.transactions = new TransactionTemplate(transactions);
	}

	@EventListener(ApplicationReadyEvent.class)
	void started() {
		int opened = openMissing();
		if (opened > 0) {
			log.info("Opened approval cases for {} certificate requests pending from before", opened);
		}
	}

	/**
	 * @return how many cases it opened
	 */
	int openMissing() {
		int opened = 0;
		for (java.util.UUID id : records.pendingWithoutCase()) {
			try {
				Boolean done = transactions.execute((status) -> records.lockPendingWithoutCase(id).map((request) -> {
					cases.open(request, request.requester(), request.createdAt());
					return true;
				}).orElse(false));
				opened += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Certificate request {} stays without an approval case: {}", id, ex.getMessage());
			}
		}
		return opened;
	}

}
