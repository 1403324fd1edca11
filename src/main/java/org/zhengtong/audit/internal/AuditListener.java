package org.zhengtong.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;

/**
 * Records every {@link AuditableEvent} a module publishes, whether or not a transaction
 * is active. Published in a transaction, it is recorded after the commit (and not at all
 * if the transaction rolls back: what it tells did not happen); the event publication
 * registry retries a recording that failed. Published outside a transaction, where an
 * after-commit listener is never called, it is recorded at once. The event's id keeps it
 * to one entry whichever way, and however often, it arrives.
 */
@Component
class AuditListener {

	private final AuditManagement audit;

	AuditListener(AuditManagement audit) {
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		audit.record(event);
	}

	/**
	 * The same test the after-commit listener makes to decide it can wait for a commit:
	 * when there is none to wait for, the event is recorded here and now.
	 */
	@EventListener
	void onOutsideTransaction(AuditableEvent event) {
		if (!(TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive())) {
			audit.record(event);
		}
	}

}
