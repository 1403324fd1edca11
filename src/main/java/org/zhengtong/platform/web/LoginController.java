package org.zhengtong.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.platform.LoginRefused;

/** The one login page for staff and public accounts; Spring Security handles the POST. */
@Controller
class LoginController {

	static final String VIEW = "platform/login";

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error, Model model) {
		if (error != null && LoginRefused.REASONS.contains(error)) {
			model.addAttribute("refusal", error);
		}
		return VIEW;
	}

}
