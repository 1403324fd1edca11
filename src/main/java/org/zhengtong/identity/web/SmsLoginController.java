package org.zhengtong.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.identity.SmsLogin;
import org.zhengtong.platform.PublicFormContributor;

/**
 * 短信验证码登录 for citizens and enterprises: the mobile number, a code by SMS, signed in. The
 * session id changes at login (session fixation), and the login is audited like a
 * password login.
 */
@Controller
class SmsLoginController implements PublicFormContributor {

	static final String VIEW = "identity/sms-login";

	private final SmsLogin sms;

	private final UserDetailsService users;

	private final ApplicationEventPublisher events;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SmsLoginController(SmsLogin sms, UserDetailsService users, ApplicationEventPublisher events) {
		this.sms = sms;
		this.users = users;
		this.events = events;
	}

	@GetMapping("/login/sms")
	String form(Model model) {
		model.addAttribute("available", sms.available());
		return VIEW;
	}

	@PostMapping("/login/sms/code")
	String send(@RequestParam(defaultValue = "") String mobile, HttpServletRequest request,
			RedirectAttributes redirect) {
		String number = mobile.strip();
		if (!number.matches("1[3-9][0-9]{9}")) {
			redirect.addFlashAttribute("error", "register.form.mobilePattern");
			return "redirect:/login/sms";
		}
		sms.sendCode(number, request.getRemoteAddr());
		redirect.addFlashAttribute("mobile", number);
		redirect.addFlashAttribute("success", "sms.sent");
		return "redirect:/login/sms";
	}

	@PostMapping("/login/sms")
	String login(@RequestParam(defaultValue = "") String mobile, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<UserDetails> user = sms.verify(mobile.strip(), code.strip(), request.getRemoteAddr())
			.map(users::loadUserByUsername)
			.filter((found) -> found.isEnabled() && found.isAccountNonLocked());
		if (user.isEmpty()) {
			model.addAttribute("available", sms.available());
			model.addAttribute("mobile", mobile.strip());
			model.addAttribute("error", "sms.wrong");
			return VIEW;
		}
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(user.get(), null, user.get().getAuthorities());
		authentication.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
		request.getSession();
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		events.publishEvent(new AuthenticationSuccessEvent(authentication));
		return "redirect:/my";
	}

	@Override
	public List<String> publicFormPaths() {
		return List.of("/login/sms/code", "/login/sms");
	}

}
