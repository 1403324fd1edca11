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

	private final Function<String, @Nullable PostInUse> lookup;

	PostLookupFilter(PostFilling posts) {
		this.lookup = posts::postOf;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.setAttribute(AuditableEvent.POST_LOOKUP, this.lookup);
		chain.doFilter(request, response);
	}

}
