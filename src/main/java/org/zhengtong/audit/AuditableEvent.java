package org.zhengtong.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Something that happened and belongs in the audit log: who, when, from where, what
 * action on which object, how it ended, a summary, and for changes the state before and
 * after. Publish it in the transaction that makes the change (the audit module records it
 * after the commit, exactly once), or pass it to {@link AuditManagement#record} where
 * there is no transaction (logins).
 *
 * @param id unique per event: recording the same event twice keeps one entry
 * @param actor the account name, or {@code anonymous} / {@code system}
 * @param action what was done, {@code module.verb}: {@code identity.login},
 * {@code calendar.day-set}
 */
public record AuditableEvent(UUID id, Instant occurredAt, String actor, @Nullable String post, @Nullable String unitId,
		@Nullable String address, String action, @Nullable String objectType, @Nullable String objectId,
		Outcome outcome, String summary, @Nullable String before, @Nullable String after) {

	/**
	 * A successful action on an object. Inside a web request the address it came from is
	 * filled in (the client's, as the trusted-proxy filter established it).
	 */
	public static AuditableEvent succeeded(Instant at, String actor, String action, @Nullable String objectType,
			@Nullable String objectId, String summary) {
		return new AuditableEvent(UUID.randomUUID(), at, actor, null, null, requestAddress(), action, objectType,
				objectId, Outcome.SUCCESS, summary, null, null);
	}

	private static @Nullable String requestAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

	public AuditableEvent withOutcome(Outcome outcome) {
		return new AuditableEvent(id, occurredAt, actor, post, unitId, address, action, objectType, objectId, outcome,
				summary, before, after);
	}

	public AuditableEvent withAddress(@Nullable String address) {
		return new AuditableEvent(id, occurredAt, actor, post, unitId, address, action, objectType, objectId, outcome,
				summary, before, after);
	}

	/** The state before and after a change, in a short readable form. */
	public AuditableEvent withChange(@Nullable String before, @Nullable String after) {
		return new AuditableEvent(id, occurredAt, actor, post, unitId, address, action, objectType, objectId, outcome,
				summary, before, after);
	}

	public AuditableEvent withPost(@Nullable String post, @Nullable String unitId) {
		return new AuditableEvent(id, occurredAt, actor, post, unitId, address, action, objectType, objectId, outcome,
				summary, before, after);
	}

}
