package org.zhengtong.identity.web;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.identity.AccountFilter;
import org.zhengtong.identity.AccountKind;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountView;
import org.zhengtong.identity.IdentityRoles;
import org.zhengtong.identity.PublicAccounts;
import org.zhengtong.identity.Role;
import org.zhengtong.identity.RoleGrant;
import org.zhengtong.identity.Roles;
import org.zhengtong.organization.PostManagement;
import org.zhengtong.organization.PostView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 账户管理 ({@code account.manage}): the system administrator over every account, a 单位管理员
 * over their unit's. Find accounts, create staff accounts with their 编制 post, give and
 * end posts, reset passwords and unlock. A new or reset password is a one-time password,
 * shown once to hand over, and must be changed at the next login. The roles offered are
 * those the administrator may appoint (单位管理员 by the system administrator; the three
 * administrators and RA operators on the security administrator's 角色授权 page).
 */
@Controller
class AccountAdminController implements WorkbenchMenuContributor {

	static final String LIST = "identity/account-admin";

	static final String DETAIL = "identity/account-detail";

	/** 重设密码 or 停用账户, asked once more naming the person; works without JavaScript. */
	static final String CONFIRM = "identity/account-confirm";

	static final String MANAGE = "hasAuthority('account.manage')";

	static final int PAGE_SIZE = 50;

	private final AccountManagement accounts;

	private final ManagedAccounts managed;

	private final PostManagement posts;

	private final PublicAccounts publicAccounts;

	private final Roles roles;

	AccountAdminController(AccountManagement accounts, ManagedAccounts managed, PostManagement posts,
			PublicAccounts publicAccounts, Roles roles) {
		this.roles = roles;
		this.publicAccounts = publicAccounts;
		this.accounts = accounts;
		this.managed = managed;
		this.posts = posts;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * 账户管理: the accounts within the administrator's scope, filtered, sorted and paged
	 * with their count.
	 */
	@GetMapping("/admin/accounts")
	@PreAuthorize(MANAGE)
	String list(@ModelAttribute("filter") AccountListFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String sort, Authentication admin, Model model) {
		AccessScope scope = managed.scope();
		ListSort applied = AccountFilter.sortOf(sort);
		PageOf<AccountView> found = accounts.list(filter.toFilter(), scope, applied, page, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("list", found);
		model.addAttribute("accounts", found.items());
		model.addAttribute("actionable",
				found.items()
					.stream()
					.filter((account) -> actionable(admin, account))
					.map(AccountView::username)
					.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("sort", applied);
		model.addAttribute("links", new AccountLinks(filter, applied));
		model.addAttribute("kinds", AccountKind.values());
		model.addAttribute("statuses", AccountFilter.Status.values());
		model.addAttribute("roles", roles.all());
		choices(model, scope);
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", new StaffForm());
		}
		return LIST;
	}

	@PostMapping("/admin/accounts")
	@PreAuthorize(MANAGE)
	String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult errors, Authentication admin,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				String password = accounts.createStaff(form.getUsername(), form.getDisplayName(), form.toPost(),
						admin.getName());
				oneTimePassword(redirect, "account.admin.created", form.getUsername(), password);
				return detailOf(form.getUsername());
			}
			catch (Refusal refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		return list(new AccountListFilter(), 0, null, admin, model);
	}

	@GetMapping("/admin/accounts/{username}")
	@PreAuthorize(MANAGE)
	String detail(@PathVariable String username, Authentication admin, Model model) {
		AccessScope scope = managed.scope();
		AccountView account = managed.get(username, scope);
		model.addAttribute("account", account);
		model.addAttribute("administrator", account.administrator());
		model.addAttribute("posts", posts.historyOf(account.id()));
		model.addAttribute("profile", publicAccounts.profile(username).orElse(null));
		model.addAttribute("appointable", appointable(admin, account));
		model.addAttribute("actionable", actionable(admin, account));
		choices(model, scope);
		if (!model.containsAttribute("postForm")) {
			StaffPostForm form = new StaffPostForm();
			form.setPrincipal(account.unitId() == null);
			model.addAttribute("postForm", form);
		}
		return DETAIL;
	}

	@PostMapping("/admin/accounts/{username}/posts")
	@PreAuthorize(MANAGE)
	String appoint(@PathVariable String username, @Valid @ModelAttribute("postForm") StaffPostForm form,
			BindingResult errors, Authentication admin, Model model, RedirectAttributes redirect) {
		managed.get(username);
		if (!errors.hasErrors()) {
			try {
				PostView post = accounts.appoint(username, form.toPost(), admin.getName());
				redirect.addFlashAttribute("success", "post.appointed");
				redirect.addFlashAttribute("successArguments", new Object[] { username, post.label() });
				return detailOf(username);
			}
			catch (Refusal refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		return detail(username, admin, model);
	}

	@PostMapping("/admin/accounts/{username}/posts/{post}/end")
	@PreAuthorize(MANAGE)
	String endPost(@PathVariable String username, @PathVariable UUID post, Principal admin,
			RedirectAttributes redirect) {
		managed.get(username);
		return change(redirect, username, () -> accounts.endPost(username, post, admin.getName()), "post.ended");
	}

	@PostMapping("/admin/accounts/{username}/posts/{post}/oversee")
	@PreAuthorize("hasAuthority('unit.manage')")
	String oversee(@PathVariable String username, @PathVariable UUID post,
			@RequestParam(name = "unit", required = false) @Nullable Set<UUID> units, Principal admin,
			RedirectAttributes redirect) {
		AccountView account = managed.get(username);
		posts.post(post)
			.filter((found) -> found.holderId().equals(account.id()))
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		return change(redirect, username,
				() -> accounts.oversee(username, post, units == null ? Set.of() : units, admin.getName()),
				"post.overseeSaved");
	}

	@PostMapping("/admin/accounts/{username}/roles/grant")
	@PreAuthorize(MANAGE)
	String grant(@PathVariable String username, @RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable UUID unit, Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		if (role == null || role.isBlank()) {
			redirect.addFlashAttribute("error", "role.form.roleMissing");
			return detailOf(username);
		}
		return change(redirect, username, () -> {
			Role declared = roles.require(role);
			accounts.grant(username, new RoleGrant(declared, declared.defaultScope(),
					declared.equals(IdentityRoles.UNIT_ADMIN) ? unit : null, Set.of()), admin.getName());
			return declared;
		}, "role.granted");
	}

	@PostMapping("/admin/accounts/{username}/roles/revoke")
	@PreAuthorize(MANAGE)
	String revoke(@PathVariable String username, @RequestParam(required = false) @Nullable String role, Principal admin,
			RedirectAttributes redirect) {
		managed.get(username);
		if (role == null || role.isBlank()) {
			redirect.addFlashAttribute("error", "role.form.roleMissing");
			return detailOf(username);
		}
		return change(redirect, username, () -> {
			Role declared = roles.require(role);
			accounts.revoke(username, declared, admin.getName());
			return declared;
		}, "role.revoked");
	}

	/** 停用账户? The page that names the person and asks once more. */
	@GetMapping("/admin/accounts/{username}/deactivate")
	@PreAuthorize(MANAGE)
	String confirmDeactivate(@PathVariable String username, Authentication admin, Model model) {
		return confirm(username, "deactivate", admin, model);
	}

	/**
	 * Also ends the account's open sessions at once. Without {@code confirmed=true} (sent
	 * only by the confirmation page) nothing happens: the confirmation page is shown.
	 */
	@PostMapping("/admin/accounts/{username}/deactivate")
	@PreAuthorize(MANAGE)
	String deactivate(@PathVariable String username, @RequestParam(defaultValue = "false") boolean confirmed,
			Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		if (!confirmed) {
			return "redirect:/admin/accounts/" + username + "/deactivate";
		}
		String back = change(redirect, username, () -> {
			// Its sessions end at their next request on every instance (SessionGuard).
			accounts.deactivate(username, admin.getName());
		}, "account.admin.deactivated");
		return back;
	}

	@PostMapping("/admin/accounts/{username}/reactivate")
	@PreAuthorize(MANAGE)
	String reactivate(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		return change(redirect, username, () -> accounts.reactivate(username, admin.getName()),
				"account.admin.reactivated");
	}

	/** The full 居民身份证号, shown once on the next page and audited. */
	@PostMapping("/admin/accounts/{username}/id-number")
	@PreAuthorize(MANAGE)
	String revealIdNumber(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		publicAccounts.revealIdNumber(username, admin.getName())
			.ifPresent((number) -> redirect.addFlashAttribute("idNumber", number));
		return detailOf(username);
	}

	/** 重设密码? The page that names the person and asks once more. */
	@GetMapping("/admin/accounts/{username}/reset-password")
	@PreAuthorize(MANAGE)
	String confirmResetPassword(@PathVariable String username, Authentication admin, Model model) {
		return confirm(username, "reset", admin, model);
	}

	/**
	 * A new one-time password. Without {@code confirmed=true} (sent only by the
	 * confirmation page) nothing happens: the confirmation page is shown.
	 */
	@PostMapping("/admin/accounts/{username}/reset-password")
	@PreAuthorize(MANAGE)
	String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "false") boolean confirmed,
			Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		if (!confirmed) {
			return "redirect:/admin/accounts/" + username + "/reset-password";
		}
		try {
			oneTimePassword(redirect, "account.admin.reset", username,
					accounts.resetPassword(username, admin.getName()));
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return detailOf(username);
	}

	@PostMapping("/admin/accounts/{username}/unlock")
	@PreAuthorize(MANAGE)
	String unlock(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
		managed.get(username);
		return change(redirect, username, () -> accounts.unlock(username, admin.getName()), "account.admin.unlocked");
	}

	/** 仅允许证书登录, on or off. */
	@PostMapping("/admin/accounts/{username}/certificate-only")
	@PreAuthorize(MANAGE)
	String certificateOnly(@PathVariable String username, @RequestParam(defaultValue = "false") boolean enabled,
			Principal admin, RedirectAttributes redirect) {
		if (managed.get(username).kind() != AccountKind.STAFF) {
			throw new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND);
		}
		return change(redirect, username, () -> accounts.setCertificateOnly(username, enabled, admin.getName()),
				enabled ? "account.admin.certificateOnly.on" : "account.admin.certificateOnly.off");
	}

	/**
	 * Roles this administrator may give on this page to this account: not the
	 * administrators' roles nor those the security administrator appoints on 角色授权, and
	 * only roles the account's kind may hold.
	 */
	private List<Role> appointable(Authentication admin, AccountView account) {
		return roles.appointableWith(admin.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())
			.stream()
			.filter((role) -> !role.administrator() && !role.appointedWith().equals(IdentityRoles.APPOINT_RA_OPERATOR))
			.filter((role) -> role.fits(account.kind()))
			.toList();
	}

	private String confirm(String username, String action, Authentication admin, Model model) {
		AccountView account = managed.get(username, managed.scope());
		model.addAttribute("account", account);
		model.addAttribute("action", action);
		model.addAttribute("actionable", actionable(admin, account));
		model.addAttribute("unitName",
				account.unitId() == null ? null : managed.choices(managed.scope()).unitNames().get(account.unitId()));
		return CONFIRM;
	}

	/**
	 * Whether this administrator may reset, unlock or deactivate the account at all (the
	 * service decides): buttons that would be refused are not shown.
	 */
	private boolean actionable(Authentication admin, AccountView account) {
		return !account.administrator() && accounts.mayActOn(account.username(), admin.getName());
	}

	/** A change of role: the message names the role (never its code). */
	private static String change(RedirectAttributes redirect, String username, Supplier<Role> change, String key) {
		try {
			Role role = change.get();
			redirect.addFlashAttribute("success", key);
			redirect.addFlashAttribute("successArguments", new Object[] { username, AccountRefused.name(role) });
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return detailOf(username);
	}

	private void choices(Model model, AccessScope scope) {
		ManagedAccounts.Choices choices = managed.choices(scope);
		model.addAttribute("units", choices.units());
		model.addAttribute("departments", choices.departments());
		model.addAttribute("unitNames", choices.unitNames());
	}

	private static String change(RedirectAttributes redirect, String username, Runnable change, String key,
			Object... arguments) {
		try {
			change.run();
			redirect.addFlashAttribute("success", key);
			redirect.addFlashAttribute("successArguments",
					arguments.length == 0 ? new Object[] { username } : arguments);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return detailOf(username);
	}

	private static String detailOf(String username) {
		return "redirect:/admin/accounts/" + username;
	}

	/** Shown once, on the next page only (a flash attribute), never stored or logged. */
	private static void oneTimePassword(RedirectAttributes redirect, String key, String username, String password) {
		redirect.addFlashAttribute("success", key);
		redirect.addFlashAttribute("successArguments", new Object[] { username });
		redirect.addFlashAttribute("oneTimePassword", password);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.admin", "menu.accounts", "/admin/accounts", "account.manage", 5));
	}

	/** A new staff account and its 编制 post. */
	static class StaffForm extends StaffPostForm {

		@NotBlank(message = "{account.form.usernameMissing}")
		@Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "{account.form.usernamePattern}")
		private String username = "";

		@NotBlank(message = "{account.form.displayNameMissing}")
		@Size(max = 64, message = "{account.form.displayNameLength}")
		private String displayName = "";

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

	}

}
