package org.zhengtong.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhengtong.identity.AccountSessions;

/** 退出所有设备, from the workbench and the portal alike: every session ends, this one too. */
final class SignOutEverywhere {

	private SignOutEverywhere() {
	}

	/** Ends them all and answers with the login page's "signed out" view. */
	static String endAll(AccountSessions sessions, String username, HttpServletRequest request) {
		sessions.endAll(username);
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?logout";
	}

}
