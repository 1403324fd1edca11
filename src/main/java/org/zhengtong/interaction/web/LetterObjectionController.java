package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.internal.LetterOffice;

/**
 * 异议: a handler or leader of the unit a letter was routed to says it is not the unit's,
 * with a reason; once per unit and letter. The letter goes back to 待派单 and leaves the
 * unit's reach, so the answer is the unit's letters list.
 */
@Controller
class LetterObjectionController {

	private final LetterOffice office;

	private final OfficeReplies replies;

	LetterObjectionController(LetterOffice office, OfficeReplies replies) {
		this.office = office;
		this.replies = replies;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@PostMapping("/workbench/letters/{id}/objection")
	@PreAuthorize("hasAnyAuthority('interaction.handle', 'interaction.approve')")
	String object(@PathVariable UUID id, @Valid @ModelAttribute("objectionForm") OfficeForms.ReasonForm form,
			BindingResult errors, Principal user, Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			replies.invalid(redirect, errors, locale);
			return "redirect:/workbench/letters/" + id;
		}
		boolean[] done = { false };
		replies.run(redirect, () -> {
			office.object(id, form.getReason(), user.getName());
			done[0] = true;
		}, "interaction.office.objected");
		// once objected the letter is out of the unit's reach: back to the 待办 list
		return done[0] ? "redirect:/workbench" : "redirect:/workbench/letters/" + id;
	}

}
