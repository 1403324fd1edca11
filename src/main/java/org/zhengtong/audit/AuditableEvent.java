package org.zhengtong.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Something that happened and belongs in the audit log: who, when, from where, in which
 * post and unit, what action on which object, how it ended, a summary, and for changes
 * the state before and after. Publish it in the transaction that makes the change (the
 * audit module records it after the commit, and not if it rolls back); published where no
 * transaction is active, it is recorded at once. A refusal goes to
 * {@link AuditManagement#recordApart}, so it stays when the refused action rolls back.
 * Every field is kept to a bounded length (a longer value is cut and marked with '…').
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
	 * The request attribute through which the audit module finds the post in use of the
	 * request's signed-in user (a {@code Function<String, PostInUse>} of the actor); set
	 * by the audit module on every request, not for other modules to use.
	 */
	public static final String POST_LOOKUP = "org.zhengtong.audit.post-lookup";

	/**
	 * A successful action on an object. Inside a web request the address it came from is
	 * filled in (the client's, as the trusted-proxy filter established it), and, when the
	 * actor is the signed-in user, the post and unit they work in: the event is recorded
	 * later, after the commit and in another thread, where the request is gone.
	 */
	public static AuditableEvent succeeded(Instant at, String actor, String action, @Nullable String objectType,
			@Nullable String objectId, String summary) {
		PostInUse post = requestPost(actor);
		return new AuditableEvent(UUID.randomUUID(), at, actor, post == null ? null : post.post(),
				post == null ? null : post.unitId(), requestAddress(), action, objectType, objectId, Outcome.SUCCESS,
				summary, null, null);
	}

	@SuppressWarnings("unchecked")
	private static @Nullable PostInUse requestPost(String actor) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getAttribute(POST_LOOKUP) instanceof Function<?, ?> lookup) {
			return ((Function<String, @Nullable PostInUse>) lookup).apply(actor);
		}
		return null;
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
