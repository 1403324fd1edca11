package org.zhengtong.identity.web;

import java.security.Principal;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScopes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.Roles;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 角色授权 for the security administrator ({@code role.manage}): give and take roles. No
 * account holds two administrator roles, and no administrator role is ever left without a
 * holder.
 */
@Controller
class RoleController implements WorkbenchMenuContributor {

	static final String VIEW = "identity/roles";

	static final String MANAGE = "hasAuthority('role.manage')";

	private final AccountManagement accounts;

	private final AccessScopes scopes;

	private final Roles roles;

	RoleController(AccountManagement accounts, AccessScopes scopes, Roles roles) {
		this.roles = roles;
		this.accounts = accounts;
		this.scopes = scopes;
	}

	@GetMapping("/admin/roles")
	@PreAuthorize(MANAGE)
	String list(@RequestParam(defaultValue = "") String q, Authentication admin, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("accounts", accounts.search(q, scopes.current("role.manage"), 200));
		// Only the roles this administrator appoints: the three administrators and RA
		// operators.
		model.addAttribute("roles",
				roles.appointableWith(admin.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList()));
		return VIEW;
	}

	@PostMapping("/admin/roles/{username}/grant")
	@PreAuthorize(MANAGE)
	String grant(@PathVariable String username, @RequestParam(required = false) @Nullable String role, Principal admin,
			RedirectAttributes redirect) {
		return change(username, role, redirect, (declared) -> accounts.grant(username, declared, admin.getName()),
				"role.granted");
	}

	@PostMapping("/admin/roles/{username}/revoke")
	@PreAuthorize(MANAGE)
	String revoke(@PathVariable String username, @RequestParam(required = false) @Nullable String role, Principal admin,
			RedirectAttributes redirect) {
		return change(username, role, redirect, (declared) -> accounts.revoke(username, declared, admin.getName()),
				"role.revoked");
	}

	/**
	 * The role parameter is optional so that a request without it reaches method security
	 * (403 for the wrong user) before it is turned back here.
	 */
	private String change(String username, @Nullable String role, RedirectAttributes redirect, Consumer<Role> change,
			String key) {
		existing(username);
		if (role == null || role.isBlank()) {
			redirect.addFlashAttribute("error", "role.form.roleMissing");
			return back(username);
		}
		try {
			Role declared = roles.require(role);
			change.accept(declared);
			redirect.addFlashAttribute("success", key);
			redirect.addFlashAttribute("successArguments", new Object[] { username, AccountRefused.name(declared) });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return back(username);
	}

	private void existing(String username) {
		accounts.find(username).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String back(String username) {
		return "redirect:/admin/roles?q=" + username;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.admin", "menu.roles", "/admin/roles", "role.manage", 20));
	}

}
