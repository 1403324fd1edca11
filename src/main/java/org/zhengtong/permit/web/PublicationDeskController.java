package org.zhengtong.permit.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.zhengtong.permit.CounterpartKind;
import org.zhengtong.permit.PermitRoles;
import org.zhengtong.permit.PublicationKind;
import org.zhengtong.permit.PublicationRefused;
import org.zhengtong.permit.PublicationState;
import org.zhengtong.permit.internal.Publication;
import org.zhengtong.permit.internal.PublicationRecords;
import org.zhengtong.permit.internal.PublicationService;
import org.zhengtong.platform.PlatformProperties;
import org.zhengtong.platform.WorkbenchMenuContributor;
import org.zhengtong.platform.WorkbenchMenuItem;
import org.zhengtong.shared.PageNumbers;
import org.zhengtong.shared.PageOf;
import org.zhengtong.shared.Refusal;

/**
 * 双公示 on the workbench ({@code /workbench/permit/publications}): the department's records
 * (filters, counts; one published after its due date, or a decision still unpublished
 * past it, flagged red with a word), the form to publish a 行政处罚 or a permit decided
 * outside the platform, and withdrawal with a reason. Only a holder of
 * {@code permit.decide} over the post's department: anyone else, and another department's
 * record, answers 404. Refusals store nothing and are audited as DENIED.
 */
@Controller
class PublicationDeskController implements WorkbenchMenuContributor {

	static final String LIST = "permit/publication-desk-list";

	static final String FORM = "permit/publication-form";

	static final String DETAIL = "permit/publication-desk-detail";

	static final String BASE = "/workbench/permit/publications";

	private final PublicationService service;

	private final PublicationRecords records;

	private final PlatformProperties platform;

	PublicationDeskController(PublicationService service, PublicationRecords records, PlatformProperties platform) {
		this.service = service;
		this.records = records;
		this.platform = platform;
	}

	@InitBinder("publicationForm")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "departmentId", "caseId", "caseNumber");
	}

	@Override
	public List<WorkbenchMenuItem> menuItems() {
		return List
			.of(new WorkbenchMenuItem("menu.section.permit", "permit.publication.desk", BASE, PermitRoles.DECIDE, 60));
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) @Nullable PublicationKind kind,
			@RequestParam(required = false) @Nullable PublicationState state,
			@RequestParam(defaultValue = "false") boolean late,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(defaultValue = "0") int page, Principal principal, Model model) {
		UUID department = department(principal);
		String words = PublicationPortalController.words(text);
		PublicationRecords.Filter filter = new PublicationRecords.Filter(kind, department, from, to, words, state,
				late);
		PageOf<PublicationRecords.Row> rows = records.page(filter, page, 50);
		model.addAttribute("rows", rows);
		model.addAttribute("pageNumbers", PageNumbers.of(rows));
		model.addAttribute("kinds", PublicationKind.values());
		model.addAttribute("states", PublicationState.values());
		model.addAttribute("kind", kind);
		model.addAttribute("state", state);
		model.addAttribute("late", late);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("q", words);
		model.addAttribute("lateCount",
				records.count(new PublicationRecords.Filter(null, department, null, null, null, null, true)));
		model.addAttribute("withdrawnCount", records.count(
				new PublicationRecords.Filter(null, department, null, null, null, PublicationState.WITHDRAWN, false)));
		LocalDate today = service.today();
		model.addAttribute("overdue",
				records.unpublishedDecisions(department, platform.timeZone())
					.stream()
					.map((d) -> new OverdueDecision(d.number(), d.decidedOn(), service.dueOn(d.decidedOn())))
					.filter((d) -> d.due().isBefore(today))
					.toList());
		model.addAttribute("pageLink",
				UriComponentsBuilder.fromPath(BASE)
					.queryParamIfPresent("kind", Optional.ofNullable(kind))
					.queryParamIfPresent("state", Optional.ofNullable(state))
					.queryParamIfPresent("late", late ? Optional.of(true) : Optional.empty())
					.queryParamIfPresent("from", Optional.ofNullable(from))
					.queryParamIfPresent("to", Optional.ofNullable(to))
					.queryParamIfPresent("q", Optional.ofNullable(words))
					.queryParam("page", "")
					.build()
					.encode()
					.toUriString());
		return LIST;
	}

	/** A decided case whose decision is not on the public list past its due date. */
	record OverdueDecision(String number, LocalDate decidedOn, LocalDate due) {
	}

	@GetMapping(BASE + "/new")
	String form(@RequestParam(required = false) @Nullable PublicationKind kind, Principal principal, Model model) {
		department(principal);
		PublicationForm form = new PublicationForm();
		if (kind != null) {
			form.setKind(kind);
		}
		model.addAttribute("publicationForm", form);
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("kinds", PublicationKind.values());
		model.addAttribute("counterpartKinds", CounterpartKind.values());
		return FORM;
	}

	@PostMapping(BASE)
	String publish(@Valid @ModelAttribute("publicationForm") PublicationForm form, BindingResult errors,
			Principal principal, Model model, RedirectAttributes redirect) {
		UUID department = department(principal);
		if (errors.hasErrors()) {
			return form(model);
		}
		try {
			long id = service.publish(form.toCommand(department), principal.getName());
			redirect.addFlashAttribute("success", "permit.publication.published");
			return "redirect:" + BASE + "/" + id;
		}
		catch (Refusal refused) {
			service.refused(null, principal.getName(), "permit.publication.published", refused.getMessage());
			model.addAttribute("error", refused.messageKey());
			model.addAttribute("errorArguments", refused.arguments());
			return form(model);
		}
	}

	@GetMapping(BASE + "/{id}")
	String detail(@PathVariable long id, Principal principal, Model model) {
		Publication publication = publication(id, principal);
		model.addAttribute("publication", publication);
		model.addAttribute("row",
				records.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return DETAIL;
	}

	@PostMapping(BASE + "/{id}/withdraw")
	String withdraw(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			Principal principal, RedirectAttributes redirect) {
		publication(id, principal);
		try {
			service.withdraw(id, version, reason, principal.getName());
			redirect.addFlashAttribute("success", "permit.publication.withdrawnDone");
		}
		catch (PublicationRefused refused) {
			service.refused(id, principal.getName(), "permit.publication.withdrawn", refused.getMessage());
			redirect.addFlashAttribute("error", refused.messageKey());
			redirect.addFlashAttribute("errorArguments", refused.arguments());
		}
		return "redirect:" + BASE + "/" + id;
	}

	private UUID department(Principal principal) {
		UUID department = service.department(principal.getName());
		if (department == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return department;
	}

	private Publication publication(long id, Principal principal) {
		try {
			return service.forDepartment(id, principal.getName());
		}
		catch (PublicationRefused refused) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
