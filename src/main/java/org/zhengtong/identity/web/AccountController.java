package org.zhengtong.identity.web;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.zhengtong.audit.AuditManagement;
import org.zhengtong.audit.AuditQuery;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountSessions;
import org.zhengtong.identity.AccountView;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;

/**
 * 我的账户: who I am, my roles, my recent logins (from the audit log, mine only), the
 * sessions I have open, and ending all of them at once ("log out everywhere").
 */
@Controller
class AccountController implements WorkbenchMenuContributor {

	static final String VIEW = "identity/account";

	private final AccountManagement accounts;

	private final AuditManagement audit;

	private final AccountSessions sessions;

	private final PostManagement posts;

	private final AccessScopes scopes;

	AccountController(AccountManagement accounts, AuditManagement audit, AccountSessions sessions, PostManagement posts,
			AccessScopes scopes) {
		this.posts = posts;
		this.scopes = scopes;
		this.accounts = accounts;
		this.audit = audit;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String account(Principal user, Model model) {
		AccountView account = accounts.find(user.getName()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("posts", posts.postsOf(account.id()));
		model.addAttribute("postInUse", scopes.postInUse(user.getName()));
		model.addAttribute("logins",
				audit.search(new AuditQuery(null, null, user.getName(), "identity.login", null, null), 0, 20));
		model.addAttribute("sessionCount", sessions.count(user.getName()));
		return VIEW;
	}

	@PostMapping("/account/sessions/end-all")
	String endAll(Principal user, HttpServletRequest request) {
		return SignOutEverywhere.endAll(sessions, user.getName(), request);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "menu.account", "/account", null, 95));
	}

}
