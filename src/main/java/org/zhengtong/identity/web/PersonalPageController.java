package org.zhengtong.identity.web;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.identity.PublicAccounts;

/**
 * 我的: a citizen's or enterprise's own page on the portal — the identity they registered
 * (the ID number masked) and their recent logins. Later issues add their applications and
 * letters here.
 */
@Controller
class PersonalPageController {

	static final String VIEW = "identity/my";

	private final PublicAccounts accounts;

	private final AuditManagement audit;

	PersonalPageController(PublicAccounts accounts, AuditManagement audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@GetMapping("/my")
	String personal(Principal user, Model model) {
		model.addAttribute("profile", accounts.profile(user.getName()).orElse(null));
		model.addAttribute("logins",
				audit.search(new AuditQuery(null, null, user.getName(), "identity.login", null, null), 0, 20));
		return VIEW;
	}

}
