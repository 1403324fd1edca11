package org.zhengtong.interaction.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.casework.ClockColour;
import org.zhengtong.interaction.Door;
import org.zhengtong.interaction.LetterRefused;
import org.zhengtong.interaction.RequestState;
import org.zhengtong.interaction.internal.LetterHandling;
import org.zhengtong.interaction.internal.UnitQueue;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.Refusal;

/**
 * 本单位来信: the queue of the unit of the post in use by deadline, and the unit's actions on
 * a letter — 办理, the reply drafted (from a template) and submitted, the leader's approval
 * or return. A letter the reader may not see answers 404; any other refusal comes back as
 * a message on the letter's page.
 */
@Controller
class UnitLetterController implements WorkbenchMenuContributor {

	static final String QUEUE_VIEW = "interaction/unit-letters";

	static final String UNIT = "hasAnyAuthority('interaction.handle', 'interaction.approve')";

	static final String HANDLE = "hasAuthority('interaction.handle')";

	static final String APPROVE = "hasAuthority('interaction.approve')";

	/** The states the queue may be narrowed to (those in which a unit holds a letter). */
	static final List<RequestState> STATES = List.of(RequestState.ASSIGNED, RequestState.IN_PROGRESS,
			RequestState.REPLY_REVIEW, RequestState.REOPENED);

	/** Letters a page of the queue shows. */
	static final int PAGE_SIZE = 20;

	static final List<ClockColour> COLOURS = List.of(ClockColour.RED, ClockColour.YELLOW, ClockColour.GREEN);

	private final UnitQueue queue;

	private final LetterHandling handling;

	UnitLetterController(UnitQueue queue, LetterHandling handling) {
		this.queue = queue;
		this.handling = handling;
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/unit-letters")
	@PreAuthorize(UNIT)
	String queue(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String door,
			@RequestParam(required = false) @Nullable String colour,
			@RequestParam(required = false) @Nullable String handler,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean mineFirst,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		RequestState shownState = parse(RequestState.class, state, STATES);
		Door shownDoor = parse(Door.class, door, List.of(Door.values()));
		ClockColour shownColour = parse(ClockColour.class, colour, COLOURS);
		UnitQueue.Handler shownHandler = parse(UnitQueue.Handler.class, handler, List.of(UnitQueue.Handler.values()));
		String text = q == null || q.isBlank() ? null : q.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		UnitQueue.Filter filter = new UnitQueue.Filter(shownState, shownDoor, shownColour,
				shownHandler == null ? UnitQueue.Handler.ANY : shownHandler, text, mineFirst);
		UUID unit = queue.unitOf(principal.getName()).orElse(null);
		model.addAttribute("unitKnown", unit != null);
		model.addAttribute("unitName", unit == null ? null : handling.unitName(unit));
		model.addAttribute("letters",
				unit == null ? null : queue.of(unit, filter, principal.getName(), Math.max(0, page), PAGE_SIZE));
		model.addAttribute("states", STATES);
		model.addAttribute("doors", Door.values());
		model.addAttribute("colours", COLOURS);
		model.addAttribute("handlers", List.of(UnitQueue.Handler.MINE, UnitQueue.Handler.NONE));
		model.addAttribute("state", shownState);
		model.addAttribute("door", shownDoor);
		model.addAttribute("colour", shownColour);
		model.addAttribute("handler", filter.handler());
		model.addAttribute("q", text);
		model.addAttribute("mineFirst", mineFirst);
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath("/workbench/unit-letters")
					.queryParamIfPresent("state", java.util.Optional.ofNullable(shownState))
					.queryParamIfPresent("door", java.util.Optional.ofNullable(shownDoor))
					.queryParamIfPresent("colour", java.util.Optional.ofNullable(shownColour))
					.queryParam("handler", filter.handler())
					.queryParamIfPresent("q", java.util.Optional.ofNullable(text))
					.queryParam("mineFirst", mineFirst)
					.queryParam("page", "")
					.build()
					.encode()
					.toUriString());
		return QUEUE_VIEW;
	}

	@PostMapping("/workbench/letters/{id}/take")
	@PreAuthorize(HANDLE)
	String take(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "interaction.reply.taken", () -> handling.take(id, principal.getName()));
	}

	@PostMapping("/workbench/letters/{id}/draft")
	@PreAuthorize(HANDLE)
	String draft(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("replyText", form.getText());
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.reply.saved",
				() -> handling.draft(id, form.getText(), principal.getName()));
	}

	@PostMapping("/workbench/letters/{id}/draft-template")
	@PreAuthorize(HANDLE)
	String fromTemplate(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long template,
			Principal principal, RedirectAttributes redirect) {
		return act(id, redirect, "interaction.reply.templateUsed",
				() -> handling.draftFromTemplate(id, template, principal.getName()));
	}

	@PostMapping("/workbench/letters/{id}/submit")
	@PreAuthorize(HANDLE)
	String submit(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("replyText", form.getText());
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.reply.submitted",
				() -> handling.submit(id, form.getText(), principal.getName()));
	}

	@PostMapping("/workbench/letters/{id}/approve")
	@PreAuthorize(APPROVE)
	String approve(@PathVariable UUID id, @Valid @ModelAttribute("opinionForm") OpinionForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.reply.sent",
				() -> handling.approve(id, form.getOpinion(), principal.getName()));
	}

	@PostMapping("/workbench/letters/{id}/return")
	@PreAuthorize(APPROVE)
	String returnReply(@PathVariable UUID id, @Valid @ModelAttribute("opinionForm") OpinionForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return invalid(id, errors, redirect);
		}
		return act(id, redirect, "interaction.reply.returned",
				() -> handling.returnReply(id, form.getOpinion(), principal.getName()));
	}

	/**
	 * Runs an action; a letter the reader may not see is 404, any other refusal a
	 * message.
	 */
	private static String act(UUID id, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (Refusal refused) {
			if (refused instanceof LetterRefused && "interaction.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return letterPage(id);
	}

	private static String invalid(UUID id, BindingResult errors, RedirectAttributes redirect) {
		redirect.addFlashAttribute("errorTexts",
				errors.getAllErrors().stream().map((error) -> error.getDefaultMessage()).toList());
		return letterPage(id);
	}

	private static String letterPage(UUID id) {
		return "redirect:/workbench/letters/" + id;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, List<E> allowed) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return allowed.stream().filter((candidate) -> candidate.name().equals(value)).findFirst().orElse(null);
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(
				new WorkbenchMenuItem("menu.section.workbench", "interaction.menu.unitLetters",
						"/workbench/unit-letters", "interaction.handle", 40),
				new WorkbenchMenuItem("menu.section.workbench", "interaction.menu.review",
						"/workbench/unit-letters?state=REPLY_REVIEW", "interaction.approve", 41),
				new WorkbenchMenuItem("menu.section.workbench", "interaction.menu.templates",
						"/workbench/reply-templates", "interaction.approve", 42));
	}

}
