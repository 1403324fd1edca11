package org.zhengtong.audit.internal;

import java.io.IOException;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengtong.audit.AuditableEvent;
import org.zhengtong.audit.PostInUse;

/**
 * Lets {@link AuditableEvent#succeeded} find the post in use while the request is there:
 * events published in a transaction are recorded after the commit, in another thread. The
 * lookup is lazy (asked only when an event is made, once the user is known).
 */
@Component
class PostLookupFilter extends OncePerRequestFilter {

	private final PostFilling posts;

	PostLookupFilter(PostFilling posts) {
		this.posts = posts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Looked up once per account and request, however many events the request makes.
		java.util.Map<String, java.util.Optional<PostInUse>> seen = new java.util.HashMap<>();
		Function<String, @Nullable PostInUse> lookup = (account) -> seen
			.computeIfAbsent(account, (name) -> java.util.Optional.ofNullable(posts.postOf(name)))
			.orElse(null);
		request.setAttribute(AuditableEvent.POST_LOOKUP, lookup);
		chain.doFilter(request, response);
	}

}
