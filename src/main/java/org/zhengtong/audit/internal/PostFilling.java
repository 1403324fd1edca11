package org.zhengtong.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.PostInUse;

/**
 * Puts the post and unit in use on an entry made in a request by the signed-in user, when
 * the publisher left them out. An entry about someone else (a failed login under another
 * name, the platform acting on its own) keeps what it had.
 */
@Component
class PostFilling {

	private final ObjectProvider<PostInUse.Source> sources;

	PostFilling(ObjectProvider<PostInUse.Source> sources) {
		this.sources = sources;
	}

	/**
	 * The event with the post of the request's signed-in user, if the actor is that user.
	 */
	AuditableEvent filledIn(AuditableEvent event) {
		return filledIn(event, SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The event with the post of {@code user} (just authenticated, not yet in the
	 * security context), if the actor is that user.
	 */
	AuditableEvent filledIn(AuditableEvent event, @Nullable Authentication user) {
		if (event.post() != null || event.unitId() != null) {
			return event;
		}
		PostInUse post = postOf(event.actor(), user);
		return post == null ? event : event.withPost(post.post(), post.unitId());
	}

	/**
	 * The post in use of the request's signed-in user, if {@code actor} is that user;
	 * what {@link AuditableEvent#succeeded} asks through
	 * {@link AuditableEvent#POST_LOOKUP}.
	 */
	@Nullable PostInUse postOf(String actor) {
		return postOf(actor, SecurityContextHolder.getContext().getAuthentication());
	}

	private @Nullable PostInUse postOf(String actor, @Nullable Authentication user) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) || user == null
				|| user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()
				|| !actor.equals(user.getName())) {
			return null;
		}
		for (PostInUse.Source source : this.sources) {
			PostInUse post = source.of(actor);
			if (post != null) {
				return post;
			}
		}
		return null;
	}

}
