package org.zhengtong.identity.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountManagement;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.AccountSessions;

/**
 * 修改密码: every account's own password, and the compulsory change after a one-time
 * password.
 */
@Controller
class PasswordController {

	static final String PATH = "/account/password";

	static final String VIEW = "identity/password-form";

	private final AccountManagement accounts;

	private final AccountSessions sessions;

	PasswordController(AccountManagement accounts, AccountSessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	/** Remembers in the session that this login must change its password first. */
	@EventListener
	void loggedIn(AuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& accounts.mustChangePassword(event.getAuthentication().getName())) {
			attributes.getRequest().getSession().setAttribute(PasswordChangeFilter.MUST_CHANGE, true);
		}
	}

	@GetMapping(PATH)
	String form(Principal user, Model model, HttpSession session) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm());
		}
		model.addAttribute("compulsory", Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)));
		return VIEW;
	}

	@PostMapping(PATH)
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Principal user,
			HttpSession session, Model model, RedirectAttributes redirect, HttpServletRequest request) {
		if (!errors.hasErrors() && !form.getNewPassword().equals(form.getRepeated())) {
			errors.rejectValue("repeated", "account.refused.passwordsDiffer");
		}
		if (!errors.hasErrors()) {
			try {
				accounts.changePassword(user.getName(), form.getCurrentPassword(), form.getNewPassword(),
						request.getRemoteAddr());
				// This session goes on; the account's other sessions end.
				sessions.continueCurrentAfterOwnPasswordChange();
				session.removeAttribute(PasswordChangeFilter.MUST_CHANGE);
				redirect.addFlashAttribute("success", "account.passwordChanged");
				return "redirect:/workbench";
			}
			catch (AccountRefused refused) {
				String field = refused.messageKey().contains("Current") ? "currentPassword" : "newPassword";
				errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.getMessage());
			}
		}
		model.addAttribute("compulsory", Boolean.TRUE.equals(session.getAttribute(PasswordChangeFilter.MUST_CHANGE)));
		return VIEW;
	}

	static class PasswordForm {

		@NotBlank(message = "{account.form.currentMissing}")
		private String currentPassword = "";

		@NotBlank(message = "{account.form.newMissing}")
		@Size(max = 128, message = "{account.form.tooLong}")
		private String newPassword = "";

		private String repeated = "";

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getRepeated() {
			return repeated;
		}

		public void setRepeated(String repeated) {
			this.repeated = repeated;
		}

	}

}
