package org.zhengtong.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zhengtong.platform.WebAreas;

/**
 * Until an account with a one-time or expired password has chosen a new one, every page
 * leads to the password page (the flag is set in the session at login, so this costs
 * nothing otherwise).
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {

	static final String MUST_CHANGE = PasswordChangeFilter.class.getName() + ".mustChange";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		String path = WebAreas.pathOf(request);
		boolean allowed = path.equals(PasswordController.PATH) || path.equals("/logout") || path.startsWith("/assets/")
				|| path.equals("/error") || path.equals("/login");
		if (session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE)) && !allowed) {
			response.sendRedirect(request.getContextPath() + PasswordController.PATH);
			return;
		}
		chain.doFilter(request, response);
	}

}
