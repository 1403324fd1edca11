package org.zhengtong.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for staff and public accounts; Spring Security handles the POST. */
@Controller
class LoginController {

	static final String VIEW = "platform/login";

	@GetMapping("/login")
	String login() {
		return VIEW;
	}

}
