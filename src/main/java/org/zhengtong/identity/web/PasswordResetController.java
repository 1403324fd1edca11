package org.zhengtong.identity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.AccountRefused;
import org.zhengtong.identity.PasswordResets;
import org.zhengtong.platform.PublicFormContributor;

/**
 * 忘记密码 on the portal: ask for a link by user name or e-mail address, then choose a new
 * password with it. The first step answers the same whether or not the account exists.
 */
@Controller
class PasswordResetController implements PublicFormContributor {

	static final String FORGOT = "identity/password-forgot";

	static final String RESET = "identity/password-reset";

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgot() {
		return FORGOT;
	}

	@PostMapping("/password/forgot")
	String request(@RequestParam(defaultValue = "") String account, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		if (account.isBlank() || account.length() > 254) {
			model.addAttribute("error", "reset.form.accountMissing");
			return FORGOT;
		}
		resets.request(account, request.getRemoteAddr());
		redirect.addFlashAttribute("success", "reset.sent");
		return "redirect:/password/forgot";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", resets.usable(token));
		return RESET;
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String passwordAgain, Model model, RedirectAttributes redirect) {
		model.addAttribute("token", token);
		model.addAttribute("usable", resets.usable(token));
		if (!password.equals(passwordAgain)) {
			model.addAttribute("error", "account.refused.passwordsDiffer");
			return RESET;
		}
		try {
			resets.reset(token, password);
		}
		catch (AccountRefused refused) {
			model.addAttribute("error", refused.messageKey());
			return RESET;
		}
		redirect.addFlashAttribute("success", "reset.done");
		return "redirect:/login";
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/password/forgot", "/password/reset");
	}

}
