package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.internal.ReplyTemplateDesk;
import org.zhengtong.interaction.internal.ReplyText;
import org.zhengtong.shared.Refusal;

/**
 * 答复模板: the unit's leaders (of the post in use) add, change and retire the texts their
 * handlers start replies from, per door.
 */
@Controller
class ReplyTemplateController {

	static final String VIEW = "interaction/reply-templates";

	static final String PATH = "/workbench/reply-templates";

	private final ReplyTemplateDesk desk;

	ReplyTemplateController(ReplyTemplateDesk desk) {
		this.desk = desk;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping(PATH)
	@PreAuthorize(UnitLetterController.APPROVE)
	String list(Principal principal, Model model) {
		UUID unit = desk.unitOf(principal.getName()).orElse(null);
		model.addAttribute("unitKnown", unit != null);
		model.addAttribute("templates", unit == null ? java.util.List.of() : desk.of(unit));
		model.addAttribute("doors", Door.values());
		model.addAttribute("placeholders", String.join(" ", ReplyText.PLACEHOLDERS));
		if (!model.containsAttribute("templateForm")) {
			model.addAttribute("templateForm", new TemplateForm());
		}
		return VIEW;
	}

	@PostMapping(PATH)
	@PreAuthorize(UnitLetterController.APPROVE)
	String add(@Valid @ModelAttribute("templateForm") TemplateForm form, BindingResult errors, Principal principal,
			RedirectAttributes redirect) {
		return save(null, form, errors, principal, redirect);
	}

	@PostMapping(PATH + "/{id}")
	@PreAuthorize(UnitLetterController.APPROVE)
	String change(@PathVariable String id, @Valid @ModelAttribute("templateForm") TemplateForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		return save(number(id), form, errors, principal, redirect);
	}

	@PostMapping(PATH + "/{id}/retire")
	@PreAuthorize(UnitLetterController.APPROVE)
	String retire(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		try {
			desk.retire(number(id), principal.getName());
			redirect.addFlashAttribute("success", "interaction.template.retired");
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return "redirect:" + PATH;
	}

	private String save(@org.jspecify.annotations.Nullable Long id, TemplateForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		if (errors.hasErrors() || form.getDoor() == null) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList());
			if (id == null) {
				redirect.addFlashAttribute("templateForm", form);
			}
			return "redirect:" + PATH;
		}
		try {
			desk.save(id, form.getDoor(), form.getName(), form.getBody(), principal.getName());
			redirect.addFlashAttribute("success", "interaction.template.saved");
		}
		catch (Refusal refused) {
			flash(redirect, refused);
			if (id == null) {
				redirect.addFlashAttribute("templateForm", form);
			}
		}
		return "redirect:" + PATH;
	}

	/** A template's id; anything else names no template (0 is never one). */
	private static long number(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException notAnId) {
			return 0;
		}
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

}
