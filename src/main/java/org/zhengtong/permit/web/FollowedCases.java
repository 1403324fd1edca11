package org.zhengtong.permit.web;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * 查询码 session: the cases whose 办件编号 and 查询码 this browser session gave (办件查询), so their
 * holder may come back to the case page, download its licence and rate it without typing
 * the code again — the code itself is never kept. Only a POST that checked the code adds
 * a case; reading never creates a session.
 */
final class FollowedCases {

	static final String ATTRIBUTE = "permit.followedCases";

	/** At most this many cases per session (the oldest forgotten first). */
	static final int LIMIT = 20;

	private FollowedCases() {
	}

	@SuppressWarnings("unchecked")
	static void remember(HttpServletRequest request, String number) {
		HttpSession session = request.getSession(true);
		Object held = session.getAttribute(ATTRIBUTE);
		LinkedHashSet<String> numbers = held instanceof LinkedHashSet<?> set ? (LinkedHashSet<String>) set
				: new LinkedHashSet<>();
		numbers.remove(normalized(number));
		numbers.add(normalized(number));
		while (numbers.size() > LIMIT) {
			numbers.remove(numbers.iterator().next());
		}
		session.setAttribute(ATTRIBUTE, numbers);
	}

	static boolean holds(HttpServletRequest request, String number) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return false;
		}
		return session.getAttribute(ATTRIBUTE) instanceof Set<?> numbers && numbers.contains(normalized(number));
	}

	/**
	 * Loads the CSRF token before the page is written, for the forms further down (the
	 * session must exist before the response is committed). Called only for the applicant
	 * or a 查询码 holder, who have a session anyway.
	 */
	static void prepareForms(HttpServletRequest request) {
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	private static String normalized(String number) {
		return number.strip().toUpperCase(Locale.ROOT);
	}

}
