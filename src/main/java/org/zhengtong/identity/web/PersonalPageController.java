package org.zhengtong.identity.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.identity.AccountSessions;
import org.zhengtong.identity.PublicAccounts;

/**
 * 我的: a citizen's or enterprise's own page on the portal — the identity they registered
 * (the ID number masked), their recent logins and open sessions (退出所有设备). Later issues
 * add their applications and letters here.
 */
@Controller
class PersonalPageController {

	static final String VIEW = "identity/my";

	private final PublicAccounts accounts;

	private final AuditManagement audit;

	private final AccountSessions sessions;

	PersonalPageController(PublicAccounts accounts, AuditManagement audit, AccountSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.audit = audit;
	}

	@GetMapping("/my")
	String personal(Principal user, Model model) {
		model.addAttribute("profile", accounts.profile(user.getName()).orElse(null));
		model.addAttribute("logins",
				audit.search(new AuditQuery(null, null, user.getName(), "identity.login", null, null), 0, 20));
		model.addAttribute("sessionCount", sessions.count(user.getName()));
		return VIEW;
	}

	/** 退出所有设备: every session of the account ends, this one included. */
	@PostMapping("/my/sessions/end-all")
	String endAll(Principal user, HttpServletRequest request) {
		return SignOutEverywhere.endAll(sessions, user.getName(), request);
	}

}
