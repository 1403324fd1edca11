package org.zhengtong.interaction.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
import org.zhengtong.casework.Casework;
import org.zhengtong.casework.Deadlines;
import org.zhengtong.identity.AccessScope;
import org.zhengtong.interaction.DisclosureRefused;
import org.zhengtong.interaction.InteractionRoles;
import org.zhengtong.interaction.internal.DisclosureAccess;
import org.zhengtong.interaction.internal.DisclosureRecords;
import org.zhengtong.interaction.internal.DisclosureReply;
import org.zhengtong.interaction.internal.DisclosureRequest;
import org.zhengtong.interaction.internal.DisclosureRequestService;
import org.zhengtong.interaction.internal.DisclosureState;
import org.zhengtong.organization.UnitManagement;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.ListSort;
import org.zhengtong.shared.Refusal;

/**
 * 依申请公开 in the workbench: the unit's queue by clock, registering a posted or counter
 * request with the day it was received, and a request's page with its clocks and the
 * actions of the 信息公开专员 (补正, consultation, extension, answer) and of the head of the
 * office (the extension). Outside the unit a request answers 404.
 */
@Controller
class DisclosureDeskController implements WorkbenchMenuContributor {

	static final String LIST = "interaction/disclosure-list";

	static final String REGISTER = "interaction/disclosure-register";

	static final String DETAIL = "interaction/disclosure-detail";

	private final DisclosureRequestService service;

	private final DisclosureAccess access;

	private final DisclosureRecords records;

	private final Deadlines deadlines;

	private final Casework casework;

	private final UnitManagement units;

	private final MessageSource messages;

	private final Clock clock;

	private final org.zhengtong.interaction.internal.DisclosureLetterService letters;

	DisclosureDeskController(DisclosureRequestService service, DisclosureAccess access, DisclosureRecords records,
			Deadlines deadlines, Casework casework, UnitManagement units, MessageSource messages, Clock clock,
			org.zhengtong.interaction.internal.DisclosureLetterService letters) {
		this.letters = letters;
		this.service = service;
		this.access = access;
		this.records = records;
		this.deadlines = deadlines;
		this.casework = casework;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List.of(new WorkbenchMenuItem("menu.section.workbench", "interaction.disclosure.menu",
				"/workbench/disclosure", InteractionRoles.DISCLOSURE, 40));
	}

	@InitBinder
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/workbench/disclosure")
	String list(@RequestParam(name = "state", required = false) @Nullable DisclosureState state,
			@RequestParam(name = "number", required = false) @Nullable String number,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "page", defaultValue = "0") int page, Principal principal, Model model) {
		AccessScope scope = officerScope(principal);
		model.addAttribute("requests",
				records.queue(scope, state, number, sort == null ? null : ListSort.parse(sort), page, 20));
		model.addAttribute("state", state);
		model.addAttribute("number", number);
		model.addAttribute("states",
				List.of(DisclosureState.RECEIVED, DisclosureState.CORRECTION, DisclosureState.CONSULTING,
						DisclosureState.EXTENSION_REVIEW, DisclosureState.ANSWERED, DisclosureState.LAPSED));
		model.addAttribute("now", clock.instant());
		return LIST;
	}

	@GetMapping("/workbench/disclosure/new")
	String registerForm(Principal principal, Model model) {
		officerScope(principal);
		DisclosureForm form = new DisclosureForm();
		form.setReceivedOn(LocalDate.now(clock));
		form.setDelivery(DisclosureRequest.Delivery.POST);
		form.setMedium(DisclosureRequest.Medium.PAPER);
		model.addAttribute("form", form);
		return registerPage(principal, model);
	}

	@PostMapping("/workbench/disclosure")
	String register(@Valid @ModelAttribute("form") DisclosureForm form, BindingResult errors, Principal principal,
			Model model, RedirectAttributes redirect) {
		officerScope(principal);
		form.check(errors);
		if (form.getReceivedOn() == null) {
			errors.rejectValue("receivedOn", "interaction.disclosure.receivedOn.required", "Required");
		}
		if (form.getChannel() == DisclosureRequest.Channel.ONLINE) {
			errors.rejectValue("channel", "interaction.disclosure.channel.invalid", "Post or counter");
		}
		if (errors.hasErrors()) {
			return registerPage(principal, model);
		}
		try {
			DisclosureRequestService.Received received = service
				.receive(form.toCommand(form.getChannel(), form.getReceivedOn(), null, principal.getName()));
			redirect.addFlashAttribute("success", "interaction.disclosure.registered");
			redirect.addFlashAttribute("successArguments",
					new Object[] { received.request().number(), received.queryCode() });
			return "redirect:/workbench/disclosure/" + received.request().id();
		}
		catch (Refusal refused) {
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return registerPage(principal, model);
		}
	}

	private String registerPage(Principal principal, Model model) {
		AccessScope scope = officerScope(principal);
		model.addAttribute("units",
				units.tree(LocalDate.now(clock)).stream().filter((unit) -> scope.reachesUnit(unit.id())).toList());
		return REGISTER;
	}

	@GetMapping("/workbench/disclosure/{id}")
	String detail(@PathVariable UUID id,
			@RequestParam(name = "reply", required = false) @Nullable DisclosureReply reply, Principal principal,
			Model model, Locale locale) {
		DisclosureRequest request = readable(id, principal);
		model.addAttribute("request", request);
		model.addAttribute("unitName", unitName(request.unitId()));
		model.addAttribute("officer", access.officer(principal.getName(), request.unitId()));
		model.addAttribute("leader", access.leader(principal.getName(), request.unitId()));
		model.addAttribute("replyClock", clockView(request.replyClockId()));
		model.addAttribute("noticeClock", clockView(request.noticeClockId()));
		model.addAttribute("correctionClock", clockView(request.correctionClockId()));
		model.addAttribute("history", request.caseId() == null ? List.of() : casework.history(request.caseId()));
		model.addAttribute("replies", DisclosureReply.values());
		DisclosureReply chosen = reply == null ? DisclosureReply.DISCLOSED : reply;
		model.addAttribute("reply", chosen);
		model.addAttribute("template", messages.getMessage("interaction.disclosure.template." + chosen.name(),
				new Object[] { request.applicantName(), request.receivedOn().toString(), request.number() }, locale));
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("letter", letters.forStaff(id, principal.getName()).orElse(null));
		return DETAIL;
	}

	@PostMapping("/workbench/disclosure/{id}/correction")
	String correction(@PathVariable UUID id, @Valid @ModelAttribute DisclosureActions.CorrectionForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		return act(id, errors, redirect, "interaction.disclosure.done.correction",
				() -> service.noticeCorrection(id, form.items(), form.days(), principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/corrected")
	String corrected(@PathVariable UUID id, @Valid @ModelAttribute DisclosureActions.CorrectedForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		return act(id, errors, redirect, "interaction.disclosure.done.corrected",
				() -> service.corrected(id, form.receivedOn(), form.text(), principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/consultation")
	String consult(@PathVariable UUID id, @Valid @ModelAttribute DisclosureActions.ConsultForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		return act(id, errors, redirect, "interaction.disclosure.done.consult",
				() -> service.consult(id, form.party(), principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/consultation/end")
	String consulted(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		return act(id, null, redirect, "interaction.disclosure.done.consulted",
				() -> service.consulted(id, principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/extension")
	String extension(@PathVariable UUID id, @Valid @ModelAttribute DisclosureActions.ExtensionForm form,
			BindingResult errors, Principal principal, RedirectAttributes redirect) {
		return act(id, errors, redirect, "interaction.disclosure.done.extensionAsked",
				() -> service.askExtension(id, form.days(), form.reason(), principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/extension/approve")
	String approve(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		return act(id, null, redirect, "interaction.disclosure.done.extensionApproved",
				() -> service.decideExtension(id, true, principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/extension/refuse")
	String refuse(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		return act(id, null, redirect, "interaction.disclosure.done.extensionRefused",
				() -> service.decideExtension(id, false, principal.getName()));
	}

	@PostMapping("/workbench/disclosure/{id}/answer")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute DisclosureActions.AnswerForm form, BindingResult errors,
			Principal principal, RedirectAttributes redirect) {
		return act(id, errors, redirect, "interaction.disclosure.done.answered",
				() -> service.answer(id, form.type(), form.ground(), form.text(), principal.getName()));
	}

	/**
	 * Runs an action and comes back to the request: a form error or a refusal is shown
	 * there in the reader's language; a request outside the reader's unit answers 404.
	 */
	private String act(UUID id, @Nullable BindingResult errors, RedirectAttributes redirect, String done,
			Runnable action) {
		if (errors != null && errors.hasErrors()) {
			redirect.addFlashAttribute("errorTexts",
					errors.getAllErrors()
						.stream()
						.map((error) -> messages.getMessage(error,
								org.springframework.context.i18n.LocaleContextHolder.getLocale()))
						.toList());
			return "redirect:/workbench/disclosure/" + id;
		}
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (DisclosureRefused refused) {
			if ("interaction.disclosure.refused.notFound".equals(refused.messageKey())) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
			}
			flash(redirect, refused);
		}
		catch (Refusal refused) {
			flash(redirect, refused);
		}
		return "redirect:/workbench/disclosure/" + id;
	}

	private static void flash(RedirectAttributes redirect, Refusal refused) {
		redirect.addFlashAttribute("error", refused.messageKey());
		redirect.addFlashAttribute("errorArguments", refused.arguments());
	}

	private org.zhengtong.casework.@Nullable ClockView clockView(@Nullable Long id) {
		return id == null ? null : deadlines.view(id);
	}

	private @Nullable String unitName(UUID unit) {
		return units.find(unit, LocalDate.now(clock)).map((view) -> view.names().fullName()).orElse(null);
	}

	private AccessScope officerScope(Principal principal) {
		AccessScope scope = access.officerScope(principal.getName());
		if (scope.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return scope;
	}

	private DisclosureRequest readable(UUID id, Principal principal) {
		try {
			return access.readable(id, principal.getName());
		}
		catch (DisclosureRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
		}
	}

}
