package org.zhengtong.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for staff and public accounts; Spring Security handles the POST. */
@Controller
class LoginController {

	static final String VIEW = "platform/login";

	/**
	 * Every refused login ({@code ?error}) reads the same, whatever the reason: a rule
	 * that refused a right password must not tell it from a wrong one.
	 */
	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
