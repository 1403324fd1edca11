package org.zhengtong.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;

/**
 * Records the events modules publish in their transactions, after the commit. The event
 * publication registry retries a recording that failed; the event's id keeps it to one
 * entry.
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

}
