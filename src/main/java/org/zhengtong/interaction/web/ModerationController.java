package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.internal.Letter;
import org.zhengtong.interaction.internal.Moderation;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;

/**
 * 待审核来信 for the participation editors ({@code interaction.moderate}): the letters the
 * submission guard held (sensitive words, links), released to 受理 or rejected (不予受理) with
 * the reason the writer reads; and the sensitive-word list they keep. Everyone else is
 * refused (403); a letter that is not held, or not theirs to see, answers as not found.
 */
@Controller
class ModerationController implements WorkbenchMenuContributor {

	static final String MODERATE = "hasAuthority('" + InteractionRoles.MODERATE + "')";

	static final String LIST = "interaction/moderation-list";

	static final String WORDS = "interaction/moderation-words";

	private final Moderation moderation;

	ModerationController(Moderation moderation) {
		this.moderation = moderation;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "interaction.moderation.menu",
				"/workbench/moderation", InteractionRoles.MODERATE, 40));
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/moderation")
	@PreAuthorize(MODERATE)
	String queue(@RequestParam(required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable String door,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Door chosen = door == null ? null
				: List.of(Door.values()).stream().filter((d) -> d.name().equals(door)).findFirst().orElse(null);
		model.addAttribute("letters", moderation.queue(text, chosen, ListSort.parse(sort), page, 20));
		model.addAttribute("text", text);
		model.addAttribute("door", chosen);
		model.addAttribute("doors", Door.values());
		model.addAttribute("pageLink", pageLink(text, chosen, sort));
		return LIST;
	}

	/** 放行: on to 受理. */
	@PostMapping("/workbench/moderation/{id}/release")
	@PreAuthorize(MODERATE)
	String release(@PathVariable UUID id, Principal user, RedirectAttributes redirect) {
		try {
			Letter letter = moderation.release(id, user.getName());
			redirect.addFlashAttribute("success", "interaction.moderation.released");
			redirect.addFlashAttribute("successArguments", new Object[] { letter.number() });
		}
		catch (LetterRefused refused) {
			return refusedAt(id, refused, redirect);
		}
		return "redirect:/workbench/moderation";
	}

	/** The reason of a 不予受理, which the writer reads. */
	static class RejectForm {

		@NotBlank(message = "{interaction.moderation.reasonRequired}")
		@Size(max = 500, message = "{interaction.moderation.reasonTooLong}")
		private String reason = "";

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

	/** 不予受理, with its reason. */
	@PostMapping("/workbench/moderation/{id}/reject")
	@PreAuthorize(MODERATE)
	String reject(@PathVariable UUID id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
			Principal user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors().stream().map((e) -> e.getDefaultMessage()).toList());
			return "redirect:/workbench/letters/" + id;
		}
		try {
			Letter letter = moderation.reject(id, form.getReason(), user.getName());
			redirect.addFlashAttribute("success", "interaction.moderation.rejected");
			redirect.addFlashAttribute("successArguments", new Object[] { letter.number() });
		}
		catch (LetterRefused refused) {
			return refusedAt(id, refused, redirect);
		}
		return "redirect:/workbench/moderation";
	}

	@GetMapping("/workbench/moderation/words")
	@PreAuthorize(MODERATE)
	String words(Model model) {
		model.addAttribute("words", moderation.words());
		return WORDS;
	}

	/** A word to add to, or remove from, the list. */
	static class WordForm {

		@NotBlank(message = "{interaction.words.required}")
		@Size(max = 50, message = "{interaction.words.tooLong}")
		private String word = "";

		public String getWord() {
			return word;
		}

		public void setWord(String word) {
			this.word = word;
		}

	}

	@PostMapping("/workbench/moderation/words")
	@PreAuthorize(MODERATE)
	String addWord(@Valid @ModelAttribute("wordForm") WordForm form, BindingResult errors, Principal user,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors().stream().map((e) -> e.getDefaultMessage()).toList());
			return "redirect:/workbench/moderation/words";
		}
		String added = moderation.addWord(form.getWord(), user.getName());
		if (added == null) {
			redirect.addFlashAttribute("error", "interaction.words.notAdded");
			redirect.addFlashAttribute("errorArguments", new Object[] { form.getWord().strip() });
		}
		else {
			redirect.addFlashAttribute("success", "interaction.words.added");
			redirect.addFlashAttribute("successArguments", new Object[] { added });
		}
		return "redirect:/workbench/moderation/words";
	}

	@PostMapping("/workbench/moderation/words/remove")
	@PreAuthorize(MODERATE)
	String removeWord(@ModelAttribute("wordForm") WordForm form, Principal user, RedirectAttributes redirect) {
		if (!moderation.removeWord(form.getWord(), user.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "interaction.words.removed");
		redirect.addFlashAttribute("successArguments", new Object[] { form.getWord().strip() });
		return "redirect:/workbench/moderation/words";
	}

	/**
	 * A letter that does not exist or is out of reach answers 404; one that moved on
	 * meanwhile goes back to its page with the reason.
	 */
	private static String refusedAt(UUID id, LetterRefused refused, RedirectAttributes redirect) {
		if ("interaction.refused.notFound".equals(refused.messageKey())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
		return "redirect:/workbench/letters/" + id;
	}

	private static String pageLink(@Nullable String text, @Nullable Door door, @Nullable String sort) {
		StringBuilder link = new StringBuilder("/workbench/moderation?");
		if (text != null && !text.isBlank()) {
			link.append("text=")
				.append(java.net.URLEncoder.encode(text.strip(), java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		if (door != null) {
			link.append("door=").append(door.name()).append('&');
		}
		if (sort != null && !sort.isBlank()) {
			link.append("sort=")
				.append(java.net.URLEncoder.encode(sort, java.nio.charset.StandardCharsets.UTF_8))
				.append('&');
		}
		return link.append("page=").toString();
	}

}
