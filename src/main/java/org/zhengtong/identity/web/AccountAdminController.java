package org.zhengtong.identity.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.organization.UnitView;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * 账户管理 for the system administrator ({@code account.manage}): find accounts, create staff
 * accounts, unlock them and reset their passwords. A new or reset password is a one-time
 * password, shown once to the administrator to hand over, and must be changed at the next
 * login. Roles are the security administrator's business (三员分立), not this page's.
 */
@Controller
class AccountAdminController implements WorkbenchMenuContributor {

	static final String VIEW = "identity/account-admin";

	static final String MANAGE = "hasAuthority('account.manage')";

	private final AccountManagement accounts;

	private final UnitManagement units;

	private final Clock clock;

	AccountAdminController(AccountManagement accounts, UnitManagement units, Clock clock) {
		this.accounts = accounts;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/admin/accounts")
	@PreAuthorize(MANAGE)
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("accounts", accounts.search(q, 200));
		model.addAttribute("units", units.tree(LocalDate.now(clock)).stream().filter(UnitView::active).toList());
		if (!model.containsAttribute("staffForm")) {
			model.addAttribute("staffForm", new StaffForm());
		}
		return VIEW;
	}

	@PostMapping("/admin/accounts")
	@PreAuthorize(MANAGE)
	String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult errors, Principal admin,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				String password = accounts.createStaff(form.getUsername(), form.getDisplayName(),
						form.getUnitId() == null || form.getUnitId().isBlank() ? null : form.getUnitId(),
						admin.getName());
				oneTimePassword(redirect, "account.admin.created", form.getUsername(), password);
				return "redirect:/admin/accounts?q=" + form.getUsername();
			}
			catch (Refusal refused) {
				errors.reject(refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		return list("", model);
	}

	@PostMapping("/admin/accounts/{username}/reset-password")
	@PreAuthorize(MANAGE)
	String resetPassword(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
		existing(username);
		oneTimePassword(redirect, "account.admin.reset", username, accounts.resetPassword(username, admin.getName()));
		return "redirect:/admin/accounts?q=" + username;
	}

	@PostMapping("/admin/accounts/{username}/unlock")
	@PreAuthorize(MANAGE)
	String unlock(@PathVariable String username, Principal admin, RedirectAttributes redirect) {
		existing(username);
		accounts.unlock(username, admin.getName());
		redirect.addFlashAttribute("success", "account.admin.unlocked");
		redirect.addFlashAttribute("successArguments", new Object[] { username });
		return "redirect:/admin/accounts?q=" + username;
	}

	private void existing(String username) {
		accounts.find(username).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
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

	static class StaffForm {

		@NotBlank(message = "{account.form.usernameMissing}")
		@Pattern(regexp = "[A-Za-z0-9._@-]{2,64}", message = "{account.form.usernamePattern}")
		private String username = "";

		@NotBlank(message = "{account.form.displayNameMissing}")
		@Size(max = 64, message = "{account.form.displayNameLength}")
		private String displayName = "";

		private @Nullable String unitId;

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

		public @Nullable String getUnitId() {
			return unitId;
		}

		public void setUnitId(@Nullable String unitId) {
			this.unitId = unitId;
		}

	}

}
