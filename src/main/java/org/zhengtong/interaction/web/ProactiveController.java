package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.content.DisclosureTopic;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.internal.ProactiveDisclosure;

/**
 * 依申请转主动 from a request's page: the unit's 信息公开专员 starts the draft item in content and is
 * taken to it on content's desk, where it is edited and sent to review; a second click
 * goes to the same draft. Anyone else is told the request does not exist (404).
 */
@Controller
class ProactiveController {

	/** Where to start it, and under which 主题分类. */
	record ProactiveForm(@Nullable UUID channel,
			@NotNull(message = "{interaction.disclosure.form.required}") DisclosureTopic topic) {
	}

	private final ProactiveDisclosure proactive;

	ProactiveController(ProactiveDisclosure proactive) {
		this.proactive = proactive;
	}

	@PostMapping("/workbench/disclosure/{id}/proactive")
	String draft(@PathVariable UUID id, @Valid @ModelAttribute ProactiveForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		DisclosureTopic topic = errors.hasErrors() || form.topic() == null ? DisclosureTopic.GENERAL_AFFAIRS
				: form.topic();
		try {
			boolean before = proactive.draftOf(id).isPresent();
			ProactiveDisclosure.Drafted drafted = proactive.draft(id, form.channel(), topic, principal.getName());
			redirect.addFlashAttribute("success",
					before ? "interaction.disclosure.proactive.existing" : "interaction.disclosure.proactive.drafted");
			return "redirect:/workbench/articles/revisions/" + drafted.revision();
		}
		catch (DisclosureRefused refused) {
			if ("interaction.disclosure.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		catch (org.zhengtong.shared.Refusal refused) {
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:/workbench/disclosure/" + id;
	}

}
