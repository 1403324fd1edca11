package org.zhengtong.platform.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.zhengtong.platform.WebAreas;

/**
 * A public page read anonymously may be stored by browsers and proxies, which ask again
 * each time (no-cache: the page cache answers 304 to a matching ETag, so nothing stale is
 * shown); a page seen by a logged-in user, a workbench page or an error page is never
 * stored.
 */
class PublicPageCaching implements HandlerInterceptor {

	static final String PUBLIC = "public, no-cache";

	static final String PRIVATE = "private, no-store";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return true;
		}
		String path = WebAreas.pathOf(request);
		boolean cacheable = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& !WebAreas.isWorkbench(path) && !path.equals("/error") && !path.startsWith("/login")
				&& request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST && isAnonymous();
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheable ? PUBLIC : PRIVATE);
		return true;
	}

	private static boolean isAnonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
