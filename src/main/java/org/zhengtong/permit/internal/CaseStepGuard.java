package org.zhengtong.permit.internal;

import java.time.Clock;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.Outcome;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.organization.PostView;
import org.zhengtong.shared.Refusal;

/**
 * The one way a step on a case is refused, for every permit desk (受理, 补正, 审查, 决定, 延期, 中止,
 * 发证): the step runs in the desk's transaction; a {@link Refusal} it throws rolls all of
 * it back (it propagates) and leaves a DENIED entry written in a transaction of its own,
 * under the case's 办件编号 (as every successful step writes it, so a refusal is found beside
 * them; a case without a number, or none at all, by its id), with the post and unit the
 * actor works in, whether the step came through a request or not.
 */
@Component
class CaseStepGuard {

	private final AcceptanceRecords records;

	private final AccessScopes scopes;

	private final AuditManagement audit;

	private final Clock clock;

	CaseStepGuard(AcceptanceRecords records, AccessScopes scopes, AuditManagement audit, Clock clock) {
		this.records = records;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Runs a step on the case with this id (call it in the desk's transaction); its name
	 * in the audit log is read before the step starts.
	 */
	<T> T run(String action, String actor, long caseId, Supplier<T> step) {
		String name = records.numberOf(caseId).orElse(String.valueOf(caseId));
		return run(action, actor, name, step);
	}

	/**
	 * Runs a step on the case with this 办件编号 (as typed: a number nobody has is audited as
	 * it was asked for).
	 * @param auditedElsewhere refusals whose own service already wrote their DENIED entry
	 * (the licence service, the seal), not written twice
	 */
	@SafeVarargs
	final <T> T run(String action, String actor, String number, Supplier<T> step,
			Class<? extends Refusal>... auditedElsewhere) {
		try {
			return step.get();
		}
		catch (Refusal refused) {
			for (Class<? extends Refusal> elsewhere : auditedElsewhere) {
				if (elsewhere.isInstance(refused)) {
					throw refused;
				}
			}
			denied(action, actor, number, refused);
			throw refused;
		}
	}

	/** Writes the DENIED entry of a refused step on the case named {@code number}. */
	void denied(String action, String actor, String number, Refusal refused) {
		AuditableEvent entry = AuditableEvent
			.succeeded(clock.instant(), actor, action, AcceptanceDesk.OBJECT, PermitNotices.cut(number.strip(), 40),
					PermitNotices.cut("拒绝（办件 " + number.strip() + "）：" + refused.getMessage(), 1000))
			.withOutcome(Outcome.DENIED);
		if (entry.post() == null && entry.unitId() == null) {
			PostView post = scopes.postInUse(actor);
			if (post != null) {
				entry = entry.withPost(post.label(), post.unitId().toString());
			}
		}
		audit.recordApart(entry);
	}

}
