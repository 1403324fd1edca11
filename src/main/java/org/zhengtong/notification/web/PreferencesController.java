package org.zhengtong.notification.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.notification.internal.NotificationPreferences;
import org.zhengtong.notification.internal.NotificationType;
import org.zhengtong.platform.WebAreas;

/** 通知设置: what a person hears through which channel, their language, the daily digest. */
@Controller
class PreferencesController {

	static final String VIEW = "notification/preferences-form";

	private final NotificationPreferences preferences;

	PreferencesController(NotificationPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping({ "/workbench/messages/preferences", "/my/messages/preferences" })
	String form(Principal user, HttpServletRequest request, Model model) {
		PreferencesForm form = preferences.of(user.getName())
			.map(PreferencesForm::of)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(form, request, model);
	}

	@PostMapping({ "/workbench/messages/preferences", "/my/messages/preferences" })
	String save(Principal user, @Valid @ModelAttribute("form") PreferencesForm form, BindingResult binding,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("error", "notification.preferences.invalid");
			return show(form, request, model);
		}
		if (!preferences.save(user.getName(), form.toChoices())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "notification.preferences.saved");
		return "redirect:" + base(request) + "/preferences";
	}

	private static String show(PreferencesForm form, HttpServletRequest request, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", NotificationType.values());
		model.addAttribute("base", base(request));
		model.addAttribute("workbench", WebAreas.isWorkbench(WebAreas.pathOf(request)));
		return VIEW;
	}

	private static String base(HttpServletRequest request) {
		return WebAreas.isWorkbench(WebAreas.pathOf(request)) ? "/workbench/messages" : "/my/messages";
	}

}
