package org.zhengtong.platform;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The two faces of the application. Staff and administrators work under the workbench
 * prefixes (a login is required, pages use the workbench layout); everything else is the
 * public portal.
 */
public final class WebAreas {

	/**
	 * Where the workbench lives: each prefix and everything under it needs a logged-in
	 * account.
	 */
	private static final List<String> WORKBENCH_PREFIXES = List.of("/workbench", "/office", "/admin", "/account");

	/** The same as Spring Security path patterns. */
	public static final String[] WORKBENCH_PATTERNS = WORKBENCH_PREFIXES.stream()
		.flatMap((prefix) -> Stream.of(prefix, prefix + "/**"))
		.toArray(String[]::new);

	private WebAreas() {
	}

	/** Whether a path (without the context path) belongs to the workbench. */
	public static boolean isWorkbench(String path) {
		return WORKBENCH_PREFIXES.stream().anyMatch((prefix) -> path.equals(prefix) || path.startsWith(prefix + "/"));
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
