package org.zhengtong.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The two faces of the application. Staff and administrators work under the workbench
 * prefixes (a login is required, pages use the workbench layout); everything else is the
 * public portal.
 */
public final class WebAreas {

	/** Path patterns of the workbench, where every page needs a logged-in account. */
	public static final String[] WORKBENCH_PATTERNS = { "/workbench", "/workbench/**", "/office/**", "/admin/**",
			"/account", "/account/**" };

	private WebAreas() {
	}

	/** Whether a path (without the context path) belongs to the workbench. */
	public static boolean isWorkbench(String path) {
		return path.equals("/workbench") || path.startsWith("/workbench/") || path.startsWith("/office/")
				|| path.equals("/office") || path.startsWith("/admin/") || path.equals("/admin")
				|| path.equals("/account") || path.startsWith("/account/");
	}

	/** Whether a path belongs to the English public site ({@code /en/…}). */
	public static boolean isEnglishSite(String path) {
		return path.equals("/en") || path.startsWith("/en/");
	}

	/** The request's path without the context path. */
	public static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
